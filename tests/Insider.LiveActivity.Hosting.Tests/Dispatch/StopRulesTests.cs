using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// How the dispatcher stops (<c>LiveActivityOrchestrator.Loop.cs</c>; docs/orchestration.md): a graceful stop lets the requests out
/// finish and records their outcome before it returns; a dispose cancels them (what they carried stays pending); an orchestrator never
/// started stops at once; a disposed one cannot be started again.
/// </summary>
public sealed class StopRulesTests
{
    [Fact]
    public async Task A_graceful_stop_waits_for_the_request_out_and_records_its_outcome_before_it_returns()
    {
        await using var h = await UpdateOutAsync("last");

        var stop = h.Orchestrator.StopAsync();
        await Task.WhenAny(stop, Task.Delay(TimeSpan.FromMilliseconds(200)));
        stop.IsCompleted.Should().BeFalse("the update is still out");
        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await stop;

        var stored = (await h.InnerStore.GetAsync("a"))!;
        stored.Intent.Should().BeNull("the update's answer was recorded before the stop returned");
        stored.Updates.Should().Be(1);
        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle();
    }

    [Fact]
    public async Task A_dispose_cancels_the_request_out_and_leaves_its_state_pending()
    {
        await using var h = await UpdateOutAsync("last");

        await h.Orchestrator.DisposeAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (h.Client.Gate.Held > 0)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "a dispose cancels the requests out");
            await Task.Delay(1);
        }

        h.Requests(EmulatorEndpoint.Update, status: null).Should().BeEmpty("the held update never reached the API");
        var stored = (await h.InnerStore.GetAsync("a"))!;
        stored.HasPendingUpdate.Should().BeTrue("the state is still to be sent, by the next start");
        stored.Updates.Should().Be(0);
    }

    [Fact]
    public async Task An_orchestrator_never_started_stops_at_once()
    {
        await using var h = new OrchestratorHarness();

        await h.Orchestrator.Invoking(o => o.StopAsync()).Should().CompleteWithinAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_disposed_orchestrator_cannot_be_started_again()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.DisposeAsync();

        await h.Orchestrator.Invoking(o => o.StartAsync()).Should().ThrowAsync<ObjectDisposedException>();
    }
}
