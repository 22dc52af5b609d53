using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insider.LiveActivity.IntegrationTests.Resilience;

public class RateBudgetTests
{
    private static readonly LiveActivityContent Content = new() { ContentState = new JsonObject { ["s"] = 1 } };

    [Fact]
    public async Task UpdateAsync_BudgetSpentAndNoQueue_ThrowsRateLimitWithoutSending()
    {
        var (client, handler, _) = Create(permitLimit: 5, queueLimit: 0);
        for (var i = 0; i < 5; i++)
        {
            await client.UpdateAsync(Update());
        }

        var act = () => client.UpdateAsync(Update());

        var error = (await act.Should().ThrowAsync<LiveActivityRateLimitException>()).Which;
        handler.Requests.Should().Be(5);
        error.StatusCode.Should().BeNull();
        error.Attempts.Should().Be(0);
        error.IsSafeToRetry.Should().BeTrue();
    }

    [Fact]
    public async Task UpdateAsync_BudgetSpent_QueuesUntilTheWindowSlides()
    {
        var (client, handler, clock) = Create(permitLimit: 2, queueLimit: 10);
        await client.UpdateAsync(Update());
        await client.UpdateAsync(Update());

        var queued = client.UpdateAsync(Update());
        await Task.Yield();
        queued.IsCompleted.Should().BeFalse();
        handler.Requests.Should().Be(2);
        clock.Advance(TimeSpan.FromSeconds(1));

        (await queued).SessionsTriggered.Should().Be(1);
        handler.Requests.Should().Be(3);
    }

    [Fact]
    public async Task UpdateAsync_CanceledWhileQueued_ThrowsOperationCanceledWithoutSending()
    {
        var (client, handler, _) = Create(permitLimit: 1, queueLimit: 10);
        await client.UpdateAsync(Update());
        using var cancellation = new CancellationTokenSource();

        var queued = client.UpdateAsync(Update(), cancellation.Token);
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => queued).Should().ThrowAsync<OperationCanceledException>();
        handler.Requests.Should().Be(1);
    }

    [Fact]
    public async Task UpdateAsync_QueuedLongerThanTimeout_DoesNotTimeOut()
    {
        var (client, handler, clock) = Create(permitLimit: 1, queueLimit: 10, timeout: TimeSpan.FromMilliseconds(100));
        await client.UpdateAsync(Update());

        var queued = client.UpdateAsync(Update());
        clock.Advance(TimeSpan.FromSeconds(1));

        (await queued).SessionsTriggered.Should().Be(1);
        handler.Requests.Should().Be(2);
    }

    [Fact]
    public async Task UpdateAsync_RetriesSpendPermits()
    {
        var (client, handler, _) = Create(permitLimit: 3, queueLimit: 0, baseDelay: TimeSpan.Zero, respond: n => n <= 2 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        await client.UpdateAsync(Update());

        var act = () => client.UpdateAsync(Update());

        await act.Should().ThrowAsync<LiveActivityRateLimitException>();
        handler.Requests.Should().Be(3);
    }

    [Fact]
    public async Task UpdateAsync_After429_PausesTheEndpointForEveryCallerAndDoublesTheWait()
    {
        var (client, handler, clock) = Create(permitLimit: 100, queueLimit: 10, maxRetries: 0, window: TimeSpan.FromSeconds(10), respond: n => n <= 2 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
        await FluentActions.Awaiting(() => client.UpdateAsync(Update())).Should().ThrowAsync<LiveActivityRateLimitException>();

        var paused = client.UpdateAsync(Update());
        await Task.Yield();
        paused.IsCompleted.Should().BeFalse("the first 429 pauses /update for BaseDelay (1 s)");
        handler.Requests.Should().Be(1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await FluentActions.Awaiting(() => paused).Should().ThrowAsync<LiveActivityRateLimitException>();
        handler.Requests.Should().Be(2);

        var pausedAgain = client.UpdateAsync(Update());
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Yield();
        pausedAgain.IsCompleted.Should().BeFalse("a second consecutive 429 doubles the pause to 2 s");
        clock.Advance(TimeSpan.FromSeconds(1));
        (await pausedAgain).SessionsTriggered.Should().Be(1);
        handler.Requests.Should().Be(3);
    }

    [Fact]
    public async Task Clients_WithSameKeyAndAddress_ShareOneBudget()
    {
        var (first, handler, clock) = Create(permitLimit: 2, queueLimit: 0);
        var second = new LiveActivityClient(new HttpClient(handler), Options(first, clock), logger: null, clock);
        await first.UpdateAsync(Update());
        await second.UpdateAsync(Update());

        var act = () => second.UpdateAsync(Update());

        await act.Should().ThrowAsync<LiveActivityRateLimitException>();
        handler.Requests.Should().Be(2);
    }

    [Fact]
    public async Task AddInsiderLiveActivity_CustomLimiterRegisteredFirst_ReplacesTheInProcessBudget()
    {
        var limiter = new CountingLimiter();
        var handler = new ScriptedHandler((_, _) => ScriptedHandler.Reply(HttpStatusCode.OK, Encoding.UTF8.GetBytes("""{"status":"success","sessions_triggered":1}"""), "application/json"));
        var services = new ServiceCollection();
        services.AddSingleton<ILiveActivityRateLimiter>(limiter);
        services.AddInsiderLiveActivity(o => { o.ApiKey = "custom-limiter"; o.BaseAddress = new Uri("http://127.0.0.1:9/"); })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILiveActivityClient>();

        await client.UpdateAsync(Update());

        limiter.Acquired.Should().Be(1);
        limiter.Responses.Should().Equal(HttpStatusCode.OK);
        limiter.LastContext!.Endpoint.Should().Be(LiveActivityEndpoint.Update);
        limiter.LastContext.PartitionKey.Should().NotContain("custom-limiter");
    }

    private sealed class CountingLimiter : ILiveActivityRateLimiter
    {
        public int Acquired { get; private set; }

        public List<HttpStatusCode?> Responses { get; } = [];

        public LiveActivityRateLimitContext? LastContext { get; private set; }

        public ValueTask<System.Threading.RateLimiting.RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken)
        {
            Acquired++;
            LastContext = context;
            return new ValueTask<System.Threading.RateLimiting.RateLimitLease>(new System.Threading.RateLimiting.ConcurrencyLimiter(
                new System.Threading.RateLimiting.ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 }).AttemptAcquire());
        }

        public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter) => Responses.Add(statusCode);
    }

    private static UpdateRequest Update() => new() { ActivityId = "a1", ActivityType = "A", Content = Content };

    private static readonly Dictionary<LiveActivityClient, LiveActivityOptions> OptionsByClient = [];

    private static LiveActivityOptions Options(LiveActivityClient client, FakeTimeProvider clock)
    {
        lock (OptionsByClient)
        {
            return OptionsByClient[client];
        }
    }

    private static (LiveActivityClient Client, ScriptedHandler Handler, FakeTimeProvider Clock) Create(
        int permitLimit, int queueLimit, TimeSpan? timeout = null, int maxRetries = 4, TimeSpan? window = null, TimeSpan? baseDelay = null, Func<int, HttpStatusCode>? respond = null)
    {
        var clock = new FakeTimeProvider();
        var handler = new ScriptedHandler((_, n) =>
        {
            var status = respond?.Invoke(n) ?? HttpStatusCode.OK;
            return status == HttpStatusCode.OK
                ? ScriptedHandler.Reply(status, Encoding.UTF8.GetBytes("""{"status":"success","sessions_triggered":1}"""), "application/json")
                : new HttpResponseMessage(status);
        });
        var options = new LiveActivityOptions
        {
            ApiKey = "budget-" + Guid.NewGuid().ToString("N"),
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            Retry = { MaxRetries = maxRetries, BaseDelay = baseDelay ?? TimeSpan.FromSeconds(1), UseJitter = false },
            RateLimit = { PermitLimit = permitLimit, Window = window ?? TimeSpan.FromSeconds(1), QueueLimit = queueLimit },
        };
        var client = new LiveActivityClient(new HttpClient(handler), options, logger: null, clock);
        lock (OptionsByClient)
        {
            OptionsByClient[client] = options;
        }

        return (client, handler, clock);
    }
}
