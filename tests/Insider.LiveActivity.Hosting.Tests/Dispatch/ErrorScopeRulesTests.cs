using System.Net;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// Who an API error concerns (docs/orchestration.md, "Errors"; the vendor's retry table): 404, 409 outside reconciliation, 422,
/// validation errors and the other 4xx fail that activity; 401 and 403 pause every request for <c>AuthFailurePause</c>; 408, 412,
/// 429, 502, 503 and 5xx retry that request after <c>RetryDelay</c>.
/// </summary>
public sealed class ErrorScopeRulesTests
{
    /// <summary>The first /update is due at the start plus the sync delay (3 s).</summary>
    private static readonly DateTimeOffset FirstUpdateAt = T0 + TimeSpan.FromSeconds(3);

    public static TheoryData<HttpStatusCode, string?> ActivityErrors => new()
    {
        { HttpStatusCode.NotFound, "NOT_FOUND" },
        { HttpStatusCode.Conflict, "ALREADY_STARTED" },
        { HttpStatusCode.UnprocessableEntity, "NO_ELIGIBLE_DEVICE" },
        { HttpStatusCode.BadRequest, "VALIDATION_FAILED" },
        { HttpStatusCode.BadRequest, null },
        { HttpStatusCode.Gone, null },
    };

    public static TheoryData<HttpStatusCode, string?> TransientErrors => new()
    {
        { HttpStatusCode.PreconditionFailed, "PUSH_TOKEN_NOT_SYNCED" },
        { HttpStatusCode.ServiceUnavailable, null },
        { HttpStatusCode.BadGateway, "UPSTREAM_UNAVAILABLE" },
        { HttpStatusCode.InternalServerError, null },
        { HttpStatusCode.RequestTimeout, null },
    };

    [Theory]
    [MemberData(nameof(ActivityErrors))]
    public async Task An_error_of_the_activity_fails_it_with_the_type_status_and_code_and_sends_nothing_more_for_it(HttpStatusCode status, string? code)
    {
        await using var h = await StartedWithPendingUpdateAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(status, code, code is null ? null : "refused"));

        await h.RunUntilAsync(FirstUpdateAt + TimeSpan.FromMinutes(1));

        var failed = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        failed.State.Should().Be(LiveActivityState.Failed);
        failed.LastError.Should().StartWith("Update: ").And.Contain($"(HTTP {(int)status}" + (code is null ? ")" : $", {code})"));
        h.Requests(EmulatorEndpoint.Update, status: null).Should().ContainSingle("a failed activity is not retried");
        h.Requests(EmulatorEndpoint.End, status: null).Should().BeEmpty("a failed activity is not ended either");
        h.Logger.Count("ActivityFailed").Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(TransientErrors))]
    public async Task A_transient_error_retries_the_same_request_after_the_retry_delay_and_records_the_error_until_it_lands(HttpStatusCode status, string? code)
    {
        await using var h = await StartedWithPendingUpdateAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(status, code, code is null ? null : "try again"));

        await h.RunUntilAsync(FirstUpdateAt + TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        var waiting = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        waiting.State.Should().Be(LiveActivityState.Started);
        waiting.LastError.Should().StartWith("Update: ").And.Contain($"(HTTP {(int)status}");
        waiting.HasPendingUpdate.Should().BeTrue();
        h.Logger.Count("RequestDeferred").Should().Be(1);

        await h.RunUntilAsync(FirstUpdateAt + TimeSpan.FromSeconds(10));
        var updates = h.Requests(EmulatorEndpoint.Update, status: null);
        updates.Select(r => r.Timestamp).Should().Equal(FirstUpdateAt, FirstUpdateAt + TimeSpan.FromSeconds(5));
        updates[^1].StatusCode.Should().Be(200);
        var delivered = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        delivered.Updates.Should().Be(1);
        delivered.LastError.Should().BeNull("a request that lands clears the error");
        delivered.HasPendingUpdate.Should().BeFalse();
    }

    [Fact]
    public async Task A_429_is_retried_and_never_fails_the_activity()
    {
        await using var h = await StartedWithPendingUpdateAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.TooManyRequests));

        await h.RunUntilAsync(FirstUpdateAt + TimeSpan.FromMinutes(1));

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Started);
        status.Updates.Should().Be(1);
        h.Requests(EmulatorEndpoint.Update, status: 429).Should().ContainSingle();
        h.Logger.Count("RequestDeferred").Should().Be(1);
    }

    [Fact]
    public async Task A_403_pauses_every_activity_for_the_auth_pause_without_failing_any()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.Orchestrator.PlanAsync(Plan("b"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.Forbidden));
        await h.Orchestrator.PublishAsync("a", Content("x"));
        await h.SettleAsync();
        await h.Orchestrator.PublishAsync("b", Content("x"));

        var refusedAt = T0 + TimeSpan.FromSeconds(10);
        await h.RunUntilAsync(refusedAt + TimeSpan.FromMinutes(1) - TimeSpan.FromMilliseconds(1));
        h.Requests(EmulatorEndpoint.Update, status: null).Should().ContainSingle("the pause holds back the other activity too")
            .Which.StatusCode.Should().Be(403);

        await h.RunUntilAsync(refusedAt + TimeSpan.FromMinutes(2));
        h.Requests(EmulatorEndpoint.Update).Should().HaveCount(2).And.OnlyContain(r => r.Timestamp >= refusedAt + TimeSpan.FromMinutes(1));
        h.Logger.Count("AuthenticationPaused").Should().Be(1);
        h.Logger.Count("ActivityFailed").Should().Be(0);
    }

    private static async Task<OrchestratorHarness> StartedWithPendingUpdateAsync()
    {
        var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.Orchestrator.PublishAsync("order-1", Content("preparing"));
        await h.SettleAsync();
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Started);
        return h;
    }
}
