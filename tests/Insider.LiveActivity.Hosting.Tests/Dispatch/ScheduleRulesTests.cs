using System.Net;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// The dispatcher's schedule (docs/orchestration.md, "Budget", "Coalescing", "Ends"): registrations by start time, updates no sooner
/// than <c>MinUpdateInterval</c> after the previous one, an end carrying the most final content there is, a caller's end before the
/// start sending nothing more, expiry at <c>ends_at</c>.
/// </summary>
public sealed class ScheduleRulesTests
{
    [Fact]
    public async Task Registrations_due_together_go_out_earliest_start_first()
    {
        await using var h = new OrchestratorHarness();
        await h.Orchestrator.PlanAsync(Plan("late", T0 + TimeSpan.FromMinutes(20)));
        await h.Orchestrator.PlanAsync(Plan("early", T0 + TimeSpan.FromMinutes(5)));
        await h.Orchestrator.PlanAsync(Plan("middle", T0 + TimeSpan.FromMinutes(10)));

        await h.StartAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(1));

        h.Requests(EmulatorEndpoint.Register).Select(r => r.ParseBody()!["insider_ids"]![0]!.GetValue<string>())
            .Should().Equal("early-user-0", "middle-user-0", "late-user-0");
    }

    [Fact]
    public async Task An_update_follows_the_previous_one_after_the_minimum_interval_and_not_before()
    {
        await using var h = new OrchestratorHarness(configure: o => o.MinUpdateInterval = TimeSpan.FromSeconds(20));
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.Orchestrator.PublishAsync("order-1", Content("one"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(20));
        await h.Orchestrator.PublishAsync("order-1", Content("two"));

        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(40) - TimeSpan.FromMilliseconds(1));
        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle();
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(1));

        h.Requests(EmulatorEndpoint.Update).Select(r => r.Timestamp).Should().Equal(T0 + TimeSpan.FromSeconds(20), T0 + TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task A_first_update_waits_for_the_minimum_interval_after_the_start_when_it_is_longer_than_the_sync_delay()
    {
        await using var h = new OrchestratorHarness(configure: o => o.MinUpdateInterval = TimeSpan.FromSeconds(20));
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.Orchestrator.PublishAsync("order-1", Content("one"));

        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(1));

        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle().Which.Timestamp.Should().Be(T0 + TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task An_automatic_end_without_final_content_or_publishes_carries_the_start_content()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));

        await h.RunUntilAsync(T0 + TimeSpan.FromHours(1));

        var end = h.Requests(EmulatorEndpoint.End).Should().ContainSingle().Subject.ParseBody()!;
        end["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("placed");
        end["content"]!["title"]!.GetValue<string>().Should().Be("Your order");
    }

    [Fact]
    public async Task A_callers_end_after_the_registration_and_before_the_start_sends_no_start_and_closes_the_activity()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var startAt = T0 + TimeSpan.FromHours(2);
        await h.Orchestrator.PlanAsync(Plan("order-1", startAt));
        await h.RunUntilAsync(startAt - TimeSpan.FromMinutes(10));
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Registered);

        await h.Orchestrator.EndAsync("order-1", Content("cancelled", "Cancelled"));
        await h.RunUntilAsync(startAt + TimeSpan.FromHours(2));

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended);
        status.LastError.Should().Contain("Ended before it started");
        h.Requests(EmulatorEndpoint.Start, status: null).Should().BeEmpty();
        h.Requests(EmulatorEndpoint.End, status: null).Should().BeEmpty();
    }

    [Fact]
    public async Task An_activity_whose_end_keeps_failing_expires_at_ends_at_and_not_before()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.SetAlways(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        var endsAt = T0 + TimeSpan.FromHours(1);
        await h.Orchestrator.PlanAsync(Plan("order-1", endsAt: endsAt));

        await h.RunUntilAsync(endsAt - TimeSpan.FromMilliseconds(1));
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Started);
        await h.RunUntilAsync(endsAt);

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Expired);
        status.LastError.Should().StartWith($"ends_at ({endsAt:O}) passed before the end was delivered (state Started; last error: End: ");
        h.Requests(EmulatorEndpoint.End, status: null).Should().OnlyContain(r => r.Timestamp < endsAt);
    }

    [Fact]
    public async Task Activities_whose_ends_wait_for_a_retry_after_ends_at_expire_each_at_its_own_ends_at()
    {
        await using var h = new OrchestratorHarness(configure: o => o.RetryDelay = TimeSpan.FromMinutes(7));
        await h.StartAsync();
        h.Emulator.Faults.SetAlways(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        var endsAt = T0 + TimeSpan.FromHours(1);
        var laterEndsAt = T0 + TimeSpan.FromMinutes(90);
        await h.Orchestrator.PlanAsync(Plan("order-1", endsAt: endsAt));
        await h.Orchestrator.PlanAsync(Plan("order-2", endsAt: laterEndsAt));

        await h.RunUntilAsync(endsAt);
        h.Requests(EmulatorEndpoint.End, status: null).Should().ContainSingle("its retry falls 7 minutes after the failed end, after ends_at");
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(
            LiveActivityState.Expired, "the dispatcher wakes at ends_at itself, not only at the retry 7 minutes after the failed end");
        (await h.Orchestrator.GetStatusAsync("order-2"))!.State.Should().Be(LiveActivityState.Started);

        await h.RunUntilAsync(laterEndsAt);
        (await h.Orchestrator.GetStatusAsync("order-2"))!.State.Should().Be(LiveActivityState.Expired, "each open activity is woken at its own ends_at");
    }

    [Fact]
    public async Task A_host_whose_activities_are_all_closed_has_no_reason_to_wake()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        h.Orchestrator.NextWakeAt.Should().NotBeNull("the started activity is to be ended before its ends_at");

        await h.Orchestrator.EndAsync("order-1", Content("delivered", "Delivered"));
        await h.SettleAsync();

        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Ended);
        h.Orchestrator.NextWakeAt.Should().BeNull("the ended activity's ends_at no longer concerns the dispatcher, and no work waits for the next /end slot");
    }

    [Fact]
    public async Task An_update_still_waiting_for_its_slot_when_the_end_is_requested_is_not_sent_and_the_end_carries_the_final_content()
    {
        await using var h = new OrchestratorHarness(configure: o => o.MaxConcurrentRequestsPerEndpoint = 1);
        await h.StartAsync();
        foreach (var key in new[] { "a", "b", "c" })
        {
            await h.Orchestrator.PlanAsync(Plan(key));
        }

        await h.RunForAsync(TimeSpan.FromSeconds(10));
        h.Client.Gate.Endpoint = LiveActivityEndpoint.End;
        await h.Orchestrator.EndAsync("a", Content("a-final", "Done"));
        await h.SettleAsync();
        h.Client.Gate.Held.Should().Be(1, "a's /end is out, so no other /end may go");
        await h.Orchestrator.PublishAsync("b", Content("b-state"));
        await h.SettleAsync();
        await h.Orchestrator.PublishAsync("c", Content("c-state"));
        await h.SettleAsync();
        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle("c's update waits for the next evenly spaced slot");

        await h.Orchestrator.EndAsync("c", Content("c-final", "Done"));
        await h.RunForAsync(TimeSpan.FromSeconds(1));
        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        h.Requests(EmulatorEndpoint.Update).Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().Equal(["b-state"], "c's end was requested before its update went out");
        h.Requests(EmulatorEndpoint.End).Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().BeEquivalentTo(["a-final", "c-final"]);
    }

    [Fact]
    public async Task An_end_requested_while_a_start_is_in_doubt_settles_the_start_and_then_ends_the_activity_on_the_device()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.DropConnectionAfterProcessing());
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.RunForAsync(TimeSpan.FromSeconds(4));
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(
            LiveActivityState.Registered, "the /start landed but its answer was lost: it is in doubt and waits for its retry");

        await h.Orchestrator.EndAsync("order-1", Content("cancelled", "Cancelled"));
        await h.RunForAsync(TimeSpan.FromMinutes(1));

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended);
        h.Requests(EmulatorEndpoint.End).Should().ContainSingle("the activity may be on the device, so it must be ended there, not only closed here");
    }
}
