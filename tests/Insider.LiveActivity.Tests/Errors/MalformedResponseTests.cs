// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>A 200 whose body is not the documented JSON (or is too large) is still a <see cref="LiveActivityException"/>.</summary>
public sealed class MalformedResponseTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "application/json", "" },
        { "application/json", "null" },
        { "application/json", "[]" },
        { "application/json", "{\"sessions_triggered\":" },
        { "application/json", "{\"sessions_triggered\":\"many\"}" },
        { "application/json", "{\"sessions_triggered\":1e40}" },
        { "text/html", "<html><body>Welcome to the proxy</body></html>" },
        { "text/plain", "OK" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task UpdateAsync_200WithMalformedBody_ThrowsBaseException(string contentType, string body)
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Text(200, body, contentType));
        var sut = scope.CreateClient();

        var act = () => sut.UpdateAsync(Endpoints.Update());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Endpoint.Should().Be(LiveActivityEndpoint.Update);
        error.IsSafeToRetry.Should().BeFalse();
        scope.Requests.Should().HaveCount(1, "a malformed success is not retried");
    }

    [Fact]
    public async Task RegisterAsync_200WithoutActivityId_ThrowsBaseException()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Ok("""{"status":"success","matched":3}"""));
        var sut = scope.CreateClient();

        var act = () => sut.RegisterAsync(Endpoints.Register());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Message.Should().Contain("activity_id");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StartAsync_BodyLargerThanLimit_ThrowsBaseException(bool chunked)
    {
        var body = "{\"sessions_triggered\":1" + new string(' ', 2000) + "}";
        var reply = ScriptedReply.Ok(body);
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, chunked ? reply : reply.WithHeader("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sut = scope.CreateClient(o => o.MaxResponseBytes = 1024);

        var act = () => sut.StartAsync(Endpoints.Start());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.Message.Should().Contain("MaxResponseBytes");
    }

    [Fact]
    public async Task StartAsync_BodyExactlyAtLimit_Parses()
    {
        var prefix = "{\"sessions_triggered\":3";
        var body = prefix + new string(' ', 1024 - prefix.Length - 1) + "}";
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, ScriptedReply.Ok(body));
        var sut = scope.CreateClient(o => o.MaxResponseBytes = 1024);

        var result = await sut.StartAsync(Endpoints.Start());

        body.Length.Should().Be(1024);
        result.SessionsTriggered.Should().Be(3);
    }
}
