// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;
using Insider.LiveActivity.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.Tests;

/// <summary>One structured entry per failed attempt and per failed call, with the fields the API's logging advice lists, and no personal data.</summary>
public sealed class LoggingTests(ScriptedServer server, KestrelStub kestrel) : IClassFixture<ScriptedServer>, IClassFixture<KestrelStub>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Update_RetriedThenFailed_LogsEachAttemptAndTheFinalFailure()
    {
        var logs = new FakeLogger();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Error(412, "PUSH_TOKEN_NOT_SYNCED", "push tokens are not synced yet"));
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 2, logs, new FakeTimeProvider(Now));

        await sut.Awaiting(c => c.UpdateAsync(Endpoints.Update())).Should().ThrowAsync<PushTokenNotSyncedException>();

        var attempts = logs.Collector.GetSnapshot().Where(e => e.Level == LogLevel.Warning).ToList();
        var final = logs.Collector.GetSnapshot().Where(e => e.Level == LogLevel.Error).Should().ContainSingle().Subject;
        attempts.Select(e => e.Value("Attempt")).Should().Equal("1", "2");
        foreach (var entry in attempts.Append(final))
        {
            entry.Value("Endpoint").Should().Be("/update");
            entry.Value("StatusCode").Should().Be("412");
            entry.Value("ErrorCode").Should().Be("PUSH_TOKEN_NOT_SYNCED");
            entry.Value("Error").Should().Be("push tokens are not synced yet");
            entry.Value("ActivityId").Should().Be(Endpoints.ActivityId);
            entry.Value("RequestedAt").Should().Be(FakeLogRecordExtensions.Logged(Now));
        }

        final.Value("Attempts").Should().Be("3");
    }

    [Fact]
    public async Task Start_SingleFailure_LogsOneErrorEntry()
    {
        var logs = new FakeLogger();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, ScriptedReply.Json(409, """{"error":"activity already started","code":"ALREADY_STARTED"}"""));
        var sut = scope.CreateClient(logger: logs, timeProvider: new FakeTimeProvider(Now));

        await sut.Awaiting(c => c.StartAsync(Endpoints.Start())).Should().ThrowAsync<ActivityAlreadyStartedException>();

        var entry = logs.Collector.GetSnapshot().Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Error);
        entry.Value("Endpoint").Should().Be("/start");
        entry.Value("StatusCode").Should().Be("409");
        entry.Value("ErrorCode").Should().Be("ALREADY_STARTED");
        entry.Value("Error").Should().Be("activity already started");
        entry.Value("ActivityId").Should().Be(Endpoints.ActivityId);
        entry.Value("Attempts").Should().Be("1");
        entry.Value("RequestedAt").Should().Be(FakeLogRecordExtensions.Logged(Now));
        entry.Message.Should().Contain("409").And.Contain("ALREADY_STARTED").And.Contain(Endpoints.ActivityId);
    }

    [Fact]
    public async Task Register_TransportFailure_LogsWithoutStatus()
    {
        var logs = new FakeLogger();
        var scope = kestrel.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Drop());
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 1, logs);

        await sut.Awaiting(c => c.RegisterAsync(Endpoints.Register())).Should().ThrowAsync<LiveActivityException>();

        logs.Collector.GetSnapshot().Should().HaveCount(2);
        logs.Collector.GetSnapshot().Should().OnlyContain(e => e.Value("StatusCode") == null && e.Value("Endpoint")!.Equals("/register"));
    }

    [Theory]
    [MemberData(nameof(Endpoints.AllData), MemberType = typeof(Endpoints))]
    public async Task AnyCall_Success_LogsNoWarningOrError(LiveActivityEndpoint endpoint)
    {
        var logs = new FakeLogger();
        var scope = server.CreateScope().Always(endpoint, Endpoints.Success(endpoint));
        var sut = scope.CreateClient(logger: logs);

        await Endpoints.InvokeAsync(sut, endpoint);

        logs.Collector.GetSnapshot().Should().NotContain(e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task FailedCalls_Logs_NeverContainInsiderIdsOrContent()
    {
        var logs = new FakeLogger();
        var scope = server.CreateScope().AlwaysEverywhere(ScriptedReply.Empty(503));
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 1, logs);
        var content = new LiveActivityContent
        {
            Title = "SecretTitle-71", Message = "SecretMessage-72",
            ContentState = new JsonObject { ["secretState"] = "SecretState-73" }, Attributes = new JsonObject { ["a"] = "SecretAttr-74" },
        };
        var targets = new[] { new TargetDevice("insider-secret-75", "udid-secret-76") };

        await sut.Awaiting(c => c.RegisterAsync(Endpoints.Register() with { InsiderIds = ["insider-secret-77"] })).Should().ThrowAsync<LiveActivityException>();
        await sut.Awaiting(c => c.AddUsersAsync(Endpoints.AddUsers() with { InsiderIds = ["insider-secret-78"] })).Should().ThrowAsync<LiveActivityException>();
        await sut.Awaiting(c => c.StartAsync(Endpoints.Start() with { Content = content, TargetDevices = targets })).Should().ThrowAsync<LiveActivityException>();
        await sut.Awaiting(c => c.UpdateAsync(Endpoints.Update() with { Content = content, TargetDevices = targets })).Should().ThrowAsync<LiveActivityException>();

        logs.Collector.GetSnapshot().Should().HaveCount(7);
        logs.Collector.GetSnapshot().Should().OnlyContain(e => !e.AllText().Contains("secret", StringComparison.OrdinalIgnoreCase) && !e.AllText().Contains("Secret"));
    }
    [Theory]
    [InlineData(LiveActivityEndpoint.Start, 409, "ALREADY_STARTED")]
    [InlineData(LiveActivityEndpoint.End, 404, "NOT_FOUND")]
    public async Task ReconciledCall_SecondSendProvesTheFirstLanded_LogsNoError(LiveActivityEndpoint endpoint, int status, string code)
    {
        var logs = new FakeLogger();
        var scope = kestrel.CreateScope().Enqueue(endpoint, ScriptedReply.Drop(), ScriptedReply.Error(status, code, "already done"));
        var sut = scope.CreateClient(o => o.ReconcileUnknownOutcomes = true, logs, new FakeTimeProvider(Now));

        var summary = await Endpoints.InvokeAsync(sut, endpoint);

        summary.Should().BeOfType<PushSummary>().Which.Reconciled.Should().BeTrue();
        var entries = logs.Collector.GetSnapshot();
        entries.Should().NotContain(e => e.Level >= LogLevel.Error, "a reconciled call is a success");
        entries.Select(e => (e.Level, e.Id.Name)).Should().Equal((LogLevel.Warning, "OutcomeUnknownReconciling"), (LogLevel.Information, "Reconciled"));
        entries[1].Value("StatusCode").Should().Be(FakeLogRecordExtensions.Logged(status));
        entries[1].Value("ErrorCode").Should().Be(code);
        entries.Should().OnlyContain(e => e.Value("ActivityId") == Endpoints.ActivityId);
    }

    [Fact]
    public async Task ReconciledCall_SecondSendFails_LogsOneError()
    {
        var logs = new FakeLogger();
        var scope = kestrel.CreateScope().Enqueue(LiveActivityEndpoint.Start, ScriptedReply.Drop(), ScriptedReply.Empty(503));
        var sut = scope.CreateClient(o => o.ReconcileUnknownOutcomes = true, logs, new FakeTimeProvider(Now));

        var error = (await sut.Awaiting(c => c.StartAsync(Endpoints.Start())).Should().ThrowAsync<LiveActivityOutcomeUnknownException>()).Which;

        logs.Collector.GetSnapshot().Where(e => e.Level == LogLevel.Error).Should().ContainSingle().Which.Value("StatusCode").Should().Be("503");
        error.Message.Should().EndWith("The client sent it once more to find out (LiveActivityOptions.ReconcileUnknownOutcomes), and that send failed too. Check before retrying.");
    }

    [Fact]
    public async Task FailureWithoutStatusCodeOrActivity_PrintsNoEmptyPlaceholder()
    {
        var logs = new FakeLogger();
        var scope = kestrel.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Drop()).Always(LiveActivityEndpoint.Update, ScriptedReply.Empty(429));
        var sut = scope.CreateClient(o => { o.Retry.MaxRetries = 1; o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1); o.Retry.UseJitter = false; }, logs);

        await sut.Awaiting(c => c.RegisterAsync(Endpoints.Register())).Should().ThrowAsync<LiveActivityException>();
        await sut.Awaiting(c => c.UpdateAsync(Endpoints.Update())).Should().ThrowAsync<LiveActivityRateLimitException>();

        var entries = logs.Collector.GetSnapshot();
        entries.Should().HaveCount(4);
        foreach (var entry in entries)
        {
            entry.Message.Should().NotContainAny("HTTP  ", "''", "()", "(null)", "activity ,", "activity )", "  ", " ,", " )");
            var state = entry.StructuredState!;
            var template = entry.Value("{OriginalFormat}")!;
            state.Select(kv => kv.Key).Where(k => k != "{OriginalFormat}").Should().OnlyContain(k => template.Contains("{" + k), "every field in the state is in the template");
            state.Select(kv => kv.Value).Should().NotContainNulls();
        }

        var register = entries.Where(e => e.Value("Endpoint") == "/register").ToList();
        register.Should().OnlyContain(e => e.Message.Contains(": no response '", StringComparison.Ordinal) && e.Value("ActivityId") == null && e.Value("StatusCode") == null);
        var update = entries.Where(e => e.Value("Endpoint") == "/update").ToList();
        update.Should().OnlyContain(e => e.Message.Contains(": HTTP 429 (activity " + Endpoints.ActivityId + ", ", StringComparison.Ordinal) && e.Value("ErrorCode") == null && e.Value("Error") == null);
    }
}
