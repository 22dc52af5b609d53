using System.Net;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Recovery;

/// <summary>
/// The intents recorded before <c>/end</c> (docs/orchestration.md, "Durability"): the intent and its content are fixed by the first
/// attempt; only a send after an earlier attempt reads 404 <c>NOT_FOUND</c> as "the first one landed"; while an end is in flight no
/// state can be published.
/// </summary>
public sealed class JournalRulesTests
{
    private static readonly DateTimeOffset EndsAt = T0 + TimeSpan.FromHours(1);

    /// <summary>The automatic end: <c>EndLead</c> and one <c>/end</c> of the paced budget before <c>ends_at</c>.</summary>
    private static readonly DateTimeOffset AutomaticEndAt = EndsAt - TimeSpan.FromMinutes(5) - (TimeSpan.FromMinutes(1) / (1000 * 0.98));

    [Fact]
    public async Task A_retried_end_carries_the_content_of_its_first_attempt_even_when_the_caller_ends_meanwhile()
    {
        await using var h = await StartedAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        await h.RunUntilAsync(AutomaticEndAt);
        h.Requests(EmulatorEndpoint.End, status: 503).Should().ContainSingle();

        await h.Orchestrator.EndAsync("order-1", Content("cancelled", "Cancelled"));
        await h.RunUntilAsync(EndsAt);

        var ends = h.Requests(EmulatorEndpoint.End, status: null);
        ends.Should().HaveCount(2);
        ends.Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>()).Should().Equal("delivered", "delivered");
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Ended);
    }

    [Fact]
    public async Task A_state_published_while_an_end_is_recorded_is_refused_as_ending()
    {
        await using var h = await StartedAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        await h.RunUntilAsync(AutomaticEndAt);

        (await h.Orchestrator.Invoking(o => o.PublishAsync("order-1", Content("late"))).Should().ThrowAsync<InvalidOperationException>())
            .Which.Message.Should().Be("The live activity 'order-1' is ending: no state can be published any more");
        (await h.Orchestrator.GetStatusAsync("order-1"))!.HasPendingUpdate.Should().BeFalse();
    }

    [Fact]
    public async Task A_state_published_after_the_end_is_refused_naming_the_state()
    {
        await using var h = await StartedAsync();
        await h.RunUntilAsync(EndsAt);

        (await h.Orchestrator.Invoking(o => o.PublishAsync("order-1", Content("late"))).Should().ThrowAsync<InvalidOperationException>())
            .Which.Message.Should().Be("The live activity 'order-1' is Ended: no state can be published any more");
    }

    [Fact]
    public async Task An_end_whose_outcome_is_unknown_is_sent_again_and_a_404_reads_as_landed()
    {
        await using var h = await StartedAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.DropConnectionAfterProcessing());

        await h.RunUntilAsync(EndsAt);

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended);
        status.Ends.Should().Be(1);
        status.LastError.Should().BeNull();
        h.Requests(EmulatorEndpoint.End, status: 404).Should().ContainSingle();
        h.Logger.Count("Reconciled").Should().Be(1);
    }

    [Fact]
    public async Task A_404_on_a_first_end_fails_the_activity_instead_of_being_read_as_landed()
    {
        await using var h = await StartedAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.NotFound, "NOT_FOUND", "activity not found"));

        await h.RunUntilAsync(EndsAt);

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Failed);
        status.Ends.Should().Be(0);
        status.LastError.Should().StartWith("End: ActivityNotFoundException (HTTP 404, NOT_FOUND): ");
        h.Logger.Count("Reconciled").Should().Be(0);
    }

    private static async Task<OrchestratorHarness> StartedAsync()
    {
        var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", endsAt: EndsAt, finalContent: Content("delivered", "Delivered")));
        await h.SettleAsync();
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Started);
        return h;
    }
}
