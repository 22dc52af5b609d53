using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;

namespace Insider.LiveActivity.IntegrationTests.Resilience;

public class ReconcileTests
{
    private static readonly LiveActivityContent Content = new() { Title = "t", Message = "m", ContentState = new JsonObject { ["s"] = 1 } };

    [Fact]
    public async Task StartAsync_TransportFailureWithoutReconcile_SendsOnceAndThrowsOutcomeUnknown()
    {
        var (client, handler) = Create(reconcile: false, (_, _) => throw new HttpRequestException("connection reset"));

        var act = () => client.StartAsync(Start());

        var error = (await act.Should().ThrowAsync<LiveActivityOutcomeUnknownException>()).Which;
        handler.Requests.Should().Be(1);
        error.Attempts.Should().Be(1);
        error.IsSafeToRetry.Should().BeFalse();
    }

    [Fact]
    public async Task StartAsync_TransportFailureThen409_ReturnsReconciled()
    {
        var (client, handler) = Create(reconcile: true, (_, n) => n == 1
            ? throw new HttpRequestException("connection reset")
            : Json(HttpStatusCode.Conflict, """{"error":"activity already started","code":"ALREADY_STARTED"}"""));

        var result = await client.StartAsync(Start());

        result.Reconciled.Should().BeTrue();
        result.SessionsTriggered.Should().Be(0);
        handler.Requests.Should().Be(2);
    }

    [Fact]
    public async Task EndAsync_TransportFailureThen404_ReturnsReconciled()
    {
        var (client, handler) = Create(reconcile: true, (_, n) => n == 1
            ? throw new HttpRequestException("connection reset")
            : Json(HttpStatusCode.NotFound, """{"error":"activity not found","code":"NOT_FOUND"}"""));

        var result = await client.EndAsync(new EndRequest { ActivityId = "a1", ActivityType = "A", Content = Content });

        result.Reconciled.Should().BeTrue();
        handler.Requests.Should().Be(2);
    }

    [Fact]
    public async Task StartAsync_TransportFailureThenSuccess_ReturnsSecondAnswerNotReconciled()
    {
        var (client, handler) = Create(reconcile: true, (_, n) => n == 1
            ? throw new HttpRequestException("connection reset")
            : Json(HttpStatusCode.OK, """{"status":"success","sessions_triggered":7}"""));

        var result = await client.StartAsync(Start());

        result.Reconciled.Should().BeFalse();
        result.SessionsTriggered.Should().Be(7);
        handler.Requests.Should().Be(2);
    }

    [Fact]
    public async Task StartAsync_TransportFailureThen503_ThrowsOutcomeUnknownAfterTwoAttempts()
    {
        var (client, handler) = Create(reconcile: true, (_, n) => n == 1
            ? throw new HttpRequestException("connection reset")
            : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var act = () => client.StartAsync(Start());

        var error = (await act.Should().ThrowAsync<LiveActivityOutcomeUnknownException>()).Which;
        error.Attempts.Should().Be(2);
        handler.Requests.Should().Be(2);
    }

    [Fact]
    public async Task StartAsync_KnownConflictWithReconcile_ThrowsAlreadyStartedWithoutResending()
    {
        var (client, handler) = Create(reconcile: true, (_, _) => Json(HttpStatusCode.Conflict, """{"error":"activity already started","code":"ALREADY_STARTED"}"""));

        var act = () => client.StartAsync(Start());

        await act.Should().ThrowAsync<ActivityAlreadyStartedException>();
        handler.Requests.Should().Be(1);
    }

    [Fact]
    public async Task EndAsync_TransportFailureThen409_ThrowsOutcomeUnknown()
    {
        var (client, _) = Create(reconcile: true, (_, n) => n == 1
            ? throw new HttpRequestException("connection reset")
            : Json(HttpStatusCode.Conflict, """{"error":"activity already started","code":"ALREADY_STARTED"}"""));

        var act = () => client.EndAsync(new EndRequest { ActivityId = "a1", ActivityType = "A", Content = Content });

        await act.Should().ThrowAsync<LiveActivityOutcomeUnknownException>();
    }

    private static StartRequest Start() => new() { ActivityId = "a1", ActivityType = "A", Content = Content };

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        ScriptedHandler.Reply(status, Encoding.UTF8.GetBytes(body), "application/json");

    private static (LiveActivityClient Client, ScriptedHandler Handler) Create(bool reconcile, Func<HttpRequestMessage, int, HttpResponseMessage> respond)
    {
        var handler = new ScriptedHandler(respond);
        var client = new LiveActivityClient(new HttpClient(handler), new LiveActivityOptions
        {
            ApiKey = "reconcile-key",
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            ReconcileUnknownOutcomes = reconcile,
            RateLimit = { Enabled = false },
        });
        return (client, handler);
    }
}
