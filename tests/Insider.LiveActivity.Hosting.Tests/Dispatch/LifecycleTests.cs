using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>The life of one activity against the emulator on a fake clock: register, start, sync delay, coalescing, ends, expiry.</summary>
public sealed class LifecycleTests
{
    private static readonly DateTimeOffset StartAt = T0 + TimeSpan.FromHours(2);

    [Fact]
    public async Task Registers_thirty_minutes_before_the_start_and_starts_at_the_minute()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        (await h.Orchestrator.PlanAsync(Plan("order-1", StartAt))).State.Should().Be(LiveActivityState.Planned);

        await h.RunUntilAsync(StartAt - TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        h.Requests(EmulatorEndpoint.Register, status: null).Should().BeEmpty();

        await h.RunUntilAsync(StartAt - TimeSpan.FromSeconds(1));
        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle().Which.Timestamp.Should().Be(StartAt - TimeSpan.FromMinutes(30));
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Registered);
        h.Requests(EmulatorEndpoint.Start, status: null).Should().BeEmpty();

        await h.RunUntilAsync(StartAt);
        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Started);
        status.Starts.Should().Be(1);
        h.Requests(EmulatorEndpoint.Start, status.ActivityId!).Should().ContainSingle().Which.Timestamp.Should().Be(StartAt);
    }

    [Fact]
    public async Task Registers_at_once_when_the_start_is_closer_than_the_lead()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromMinutes(10)));
        await h.SettleAsync();

        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle().Which.Timestamp.Should().Be(T0);
    }

    [Fact]
    public async Task Sends_no_update_before_the_start_plus_the_sync_delay()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", StartAt));
        await h.Orchestrator.PublishAsync("order-1", Content("preparing"));
        await h.RunUntilAsync(StartAt + TimeSpan.FromSeconds(2.9));
        h.Requests(EmulatorEndpoint.Update, status: null).Should().BeEmpty();

        await h.RunUntilAsync(StartAt + TimeSpan.FromSeconds(10));
        var update = h.Requests(EmulatorEndpoint.Update, status: null).Should().ContainSingle().Subject;
        update.Timestamp.Should().Be(StartAt + TimeSpan.FromSeconds(3));
        update.StatusCode.Should().Be(200, "the emulator's tokens synced within the delay");
        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.Updates.Should().Be(1);
        status.HasPendingUpdate.Should().BeFalse();
        status.LastSentAt.Should().Be(StartAt + TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Coalesces_a_hundred_publishes_between_two_sends_into_one_update_with_the_last_state()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.Orchestrator.PublishAsync("order-1", Content("first"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(3));
        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle();

        for (var i = 1; i <= 100; i++)
        {
            await h.Orchestrator.PublishAsync("order-1", Content("state-" + i));
        }

        await h.SettleAsync();
        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle("at most one update per MinUpdateInterval");
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(1));

        var updates = h.Requests(EmulatorEndpoint.Update);
        updates.Should().HaveCount(2);
        updates[1].Timestamp.Should().Be(T0 + TimeSpan.FromSeconds(4), "one MinUpdateInterval after the first");
        updates[1].ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("state-100");
    }

    [Fact]
    public async Task Ends_automatically_before_ends_at_with_the_final_content()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var endsAt = StartAt + TimeSpan.FromHours(1);
        await h.Orchestrator.PlanAsync(Plan("order-1", StartAt, endsAt, finalContent: Content("delivered", "Delivered")));
        await h.Orchestrator.PublishAsync("order-1", Content("on-the-way"));
        await h.RunUntilAsync(endsAt);

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended);
        status.Ends.Should().Be(1);
        var end = h.Requests(EmulatorEndpoint.End, status.ActivityId!).Should().ContainSingle().Subject;
        end.Timestamp.Should().Be(endsAt - TimeSpan.FromMinutes(5) - (TimeSpan.FromMinutes(1) / (1000 * 0.98)), "EndLead, and one /end of the paced budget before it");
        end.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("delivered");
        h.Emulator.GetActivity(status.ActivityId!)!.State.Should().Be(EmulatedActivityState.Dead);
    }

    [Fact]
    public async Task Ends_automatically_with_the_latest_published_content_when_no_final_content_was_planned()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.Orchestrator.PublishAsync("order-1", Content("almost-there"));
        await h.RunUntilAsync(T0 + TimeSpan.FromHours(1));

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended);
        h.Requests(EmulatorEndpoint.End).Should().ContainSingle().Which.ParseBody()!["content"]!["content_state"]!["status"]!
            .GetValue<string>().Should().Be("almost-there");
    }

    [Fact]
    public async Task Sends_the_callers_end_at_once_and_refuses_later_publishes()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(10));
        await h.Orchestrator.EndAsync("order-1", Content("cancelled", "Cancelled"));
        await h.Orchestrator.EndAsync("order-1", Content("ignored", "Ignored"));
        await h.SettleAsync();

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended);
        var end = h.Requests(EmulatorEndpoint.End).Should().ContainSingle().Subject;
        end.Timestamp.Should().Be(T0 + TimeSpan.FromMinutes(10));
        end.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("cancelled");
        await h.Invoking(x => x.Orchestrator.PublishAsync("order-1", Content("late"))).Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task Expires_with_its_reason_logged_as_an_error_when_the_end_cannot_land()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.SetAlways(EmulatorEndpoint.End, EmulatorFault.Status(System.Net.HttpStatusCode.ServiceUnavailable));
        var endsAt = T0 + TimeSpan.FromHours(1);
        await h.Orchestrator.PlanAsync(Plan("order-1", endsAt: endsAt));
        await h.RunUntilAsync(endsAt + TimeSpan.FromMinutes(1));

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Expired);
        status.LastError.Should().Contain("ends_at").And.Contain("503");
        h.Requests(EmulatorEndpoint.End, status: 503).Should().HaveCountGreaterThan(1, "the end was tried again until ends_at");
        h.Logger.Entries.Should().ContainSingle(e => e.Event == "ActivityExpired").Which.Level.Should().Be(Microsoft.Extensions.Logging.LogLevel.Error);
    }
}
