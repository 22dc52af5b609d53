using System.Net;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>Errors of one activity fail that activity alone; 401/403 pause everything and are logged once; unknown outcomes are settled.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_404_on_one_update_fails_that_activity_and_never_stops_the_others()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.Orchestrator.PlanAsync(Plan("b"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.NotFound, "NOT_FOUND", "activity not found"));
        await h.Orchestrator.PublishAsync("a", Content("x"));
        await h.Orchestrator.PublishAsync("b", Content("x"));
        await h.RunUntilAsync(T0 + TimeSpan.FromHours(1));

        var statuses = new[] { (await h.Orchestrator.GetStatusAsync("a"))!, (await h.Orchestrator.GetStatusAsync("b"))! };
        statuses.Should().ContainSingle(s => s.State == LiveActivityState.Failed).Which.LastError.Should().Contain("NOT_FOUND");
        statuses.Should().ContainSingle(s => s.State == LiveActivityState.Ended).Which.Updates.Should().Be(1);
        h.Logger.Count("ActivityFailed").Should().Be(1);
    }

    [Fact]
    public async Task A_409_on_a_first_start_fails_the_activity_instead_of_being_read_as_landed()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.Status(HttpStatusCode.Conflict, "ALREADY_STARTED", "activity already started"));
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.SettleAsync();

        var status = (await h.Orchestrator.GetStatusAsync("a"))!;
        status.State.Should().Be(LiveActivityState.Failed);
        status.Starts.Should().Be(0);
        status.LastError.Should().Contain("ALREADY_STARTED");
    }

    [Fact]
    public async Task A_start_whose_outcome_is_unknown_is_sent_again_and_a_409_reads_as_landed()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.DropConnectionAfterProcessing());
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        var status = (await h.Orchestrator.GetStatusAsync("a"))!;
        status.State.Should().Be(LiveActivityState.Started);
        status.Starts.Should().Be(1);
        h.Requests(EmulatorEndpoint.Start, status: 409).Should().ContainSingle();
        h.Logger.Count("Reconciled").Should().Be(1);
    }

    [Fact]
    public async Task A_401_pauses_every_request_and_is_logged_once()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.ConfigureApiKey(h.Emulator.ApiKey, ApiKeyState.Unauthorized);
        for (var i = 0; i < 5; i++)
        {
            await h.Orchestrator.PlanAsync(Plan("order-" + i));
        }

        await h.RunForAsync(TimeSpan.FromSeconds(59));
        var refused = h.Requests(EmulatorEndpoint.Register, status: 401).Count;
        refused.Should().BeInRange(1, 4, "the first refusals pause everything (at most one batch was out)");

        h.Emulator.ConfigureApiKey(h.Emulator.ApiKey, ApiKeyState.Active);
        await h.RunForAsync(TimeSpan.FromMinutes(2));

        h.Logger.Count("AuthenticationPaused").Should().Be(1);
        h.Logger.Count("ActivityFailed").Should().Be(0);
        for (var i = 0; i < 5; i++)
        {
            (await h.Orchestrator.GetStatusAsync("order-" + i))!.State.Should().Be(LiveActivityState.Started);
        }
    }

    [Fact]
    public async Task A_record_changed_by_another_writer_is_read_again_instead_of_overwritten()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", T0 + TimeSpan.FromHours(2)));
        await h.SettleAsync();
        var stored = (await h.InnerStore.GetAsync("a"))!;
        await h.InnerStore.SaveAsync(stored with { Revision = stored.Revision + 1, LastError = "changed elsewhere" });

        await h.RunUntilAsync(T0 + TimeSpan.FromHours(2) + TimeSpan.FromSeconds(10));

        h.Logger.Count("UnexpectedFailure").Should().Be(1, "the register's intent met the other writer's revision once");
        var status = (await h.Orchestrator.GetStatusAsync("a"))!;
        status.State.Should().Be(LiveActivityState.Started);
        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle();
    }
}
