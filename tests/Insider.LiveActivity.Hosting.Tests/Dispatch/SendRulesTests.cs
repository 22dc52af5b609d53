using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.Logging;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// The rules of one unit of work (docs/orchestration.md, "Errors" and "Durability"): what an end shows, why an activity expired,
/// what a replay and an unexpected fault log, and when the activity is tried again.
/// </summary>
public sealed class SendRulesTests
{
    private static readonly DateTimeOffset EndsAt = T0 + TimeSpan.FromHours(1);

    [Fact]
    public async Task An_end_at_ends_at_without_a_final_content_shows_the_latest_published_state()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", endsAt: EndsAt));
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        await h.Orchestrator.PublishAsync("a", Content("shipped"));

        await h.RunUntilAsync(EndsAt);

        h.Requests(EmulatorEndpoint.End).Should().ContainSingle()
            .Which.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("shipped", "the plan has no final content, so the end keeps what the user saw last");
    }

    [Fact]
    public async Task An_end_at_ends_at_with_a_final_content_shows_the_final_content()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", endsAt: EndsAt, finalContent: Content("delivered", "Delivered")));
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        await h.Orchestrator.PublishAsync("a", Content("shipped"));

        await h.RunUntilAsync(EndsAt);

        h.Requests(EmulatorEndpoint.End).Should().ContainSingle()
            .Which.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("delivered");
    }

    [Fact]
    public async Task An_activity_that_expires_without_an_error_says_only_its_state()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", endsAt: EndsAt));
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        h.Emulator.Faults.SetAlways(EmulatorEndpoint.End, EmulatorFault.Status(System.Net.HttpStatusCode.Unauthorized));

        await h.RunUntilAsync(EndsAt + TimeSpan.FromMinutes(1));

        var status = (await h.Orchestrator.GetStatusAsync("a"))!;
        status.State.Should().Be(LiveActivityState.Expired);
        status.LastError.Should().Be($"ends_at ({EndsAt:O}) passed before the end was delivered (state Started)", "a 401 pauses every request and records no error of the activity");
    }

    [Fact]
    public async Task A_first_registration_is_not_logged_as_in_doubt()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        (await h.Orchestrator.GetStatusAsync("a"))!.State.Should().Be(LiveActivityState.Started);
        h.Logger.Count("RegisterInDoubt").Should().Be(0, "only a register sent again after a recorded intent may have orphaned an activity");
    }

    [Theory]
    [InlineData(EmulatorEndpoint.Start, "/start")]
    [InlineData(EmulatorEndpoint.End, "/end")]
    public async Task A_replay_read_as_landed_names_its_endpoint_in_the_log(EmulatorEndpoint endpoint, string name)
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.Enqueue(endpoint, EmulatorFault.DropConnectionAfterProcessing());
        await h.Orchestrator.PlanAsync(Plan("a", endsAt: EndsAt));

        await h.RunUntilAsync(EndsAt);

        h.Logger.Entries.Should().ContainSingle(e => e.Event == "Reconciled")
            .Which.Text.Should().Be($"Live activity a: the {name} recorded before a crash or an unknown outcome had landed");
    }

    [Fact]
    public async Task A_refusal_without_an_HTTP_answer_fails_the_activity_saying_there_was_no_status()
    {
        await using var h = new OrchestratorHarness();
        h.Client.ThrowBefore = endpoint => endpoint == LiveActivityEndpoint.Start
            ? new LiveActivityValidationException("content_state holds NaN") { ErrorCode = LiveActivityErrorCodes.ValidationFailed }
            : null;
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));

        await h.RunForAsync(TimeSpan.FromSeconds(30));

        var status = (await h.Orchestrator.GetStatusAsync("a"))!;
        status.State.Should().Be(LiveActivityState.Failed);
        status.LastError.Should().Be("Start: LiveActivityValidationException (HTTP none, VALIDATION_FAILED): content_state holds NaN");
    }

    [Fact]
    public async Task A_fault_outside_the_clients_exceptions_is_logged_as_an_error_and_tried_again_after_the_retry_delay()
    {
        await using var h = new OrchestratorHarness();
        var failedAt = (DateTimeOffset?)null;
        h.Client.ThrowBefore = endpoint =>
        {
            if (endpoint != LiveActivityEndpoint.Start || failedAt is not null)
            {
                return null;
            }

            failedAt = h.Clock.GetUtcNow();
            return new InvalidOperationException("a fault of the transport");
        };
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));

        await h.RunForAsync(TimeSpan.FromSeconds(30));

        failedAt.Should().NotBeNull();
        h.Requests(EmulatorEndpoint.Start).Should().ContainSingle().Which.Timestamp.Should().Be(failedAt!.Value + TimeSpan.FromSeconds(5));
        h.Logger.Entries.Should().ContainSingle(e => e.Event == "UnexpectedFailure")
            .Which.Should().Match<(LogLevel Level, string? Event, string Text)>(e => e.Level == LogLevel.Error && e.Text.StartsWith("Live activity a: Start failed unexpectedly", StringComparison.Ordinal));
        (await h.Orchestrator.GetStatusAsync("a"))!.State.Should().Be(LiveActivityState.Started);
    }
}
