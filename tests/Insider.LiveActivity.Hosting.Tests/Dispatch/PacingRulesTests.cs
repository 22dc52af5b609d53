using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// How requests of one endpoint are spaced (<c>LiveActivityOrchestrator.Loop.cs</c>; docs/orchestration.md, "Budget"): one per
/// <c>Window / (PermitLimit × BudgetShare)</c> of the client's rate budget when it is on (the default budget's spacing when it is
/// off); while work waits, a slot the dispatcher woke late for (by less than a second) is still used, so a backlog keeps its pace.
/// </summary>
public sealed class PacingRulesTests
{
    [Theory]
    [InlineData(true, 60)]
    [InlineData(false, 1_000)]
    public async Task Requests_due_together_are_spaced_by_the_clients_budget_when_it_is_on_and_by_the_default_budget_when_it_is_off(bool enabled, int spacedFor)
    {
        await using var h = new OrchestratorHarness(rateLimit: r => { r.Enabled = enabled; r.PermitLimit = 60; });
        await h.StartAsync();
        foreach (var key in new[] { "a", "b", "c" })
        {
            await h.Orchestrator.PlanAsync(Plan(key, T0 + TimeSpan.FromMinutes(10)));
        }

        await h.RunForAsync(TimeSpan.FromSeconds(10));

        var spacing = TimeSpan.FromMinutes(1) / (spacedFor * new LiveActivityOrchestratorOptions().BudgetShare);
        h.Requests(EmulatorEndpoint.Register).Select(r => r.Timestamp).Should().Equal(T0, T0 + spacing, T0 + spacing + spacing);
    }

    [Fact]
    public async Task A_slot_the_dispatcher_woke_late_for_is_still_used_while_work_waits()
    {
        await using var h = new OrchestratorHarness(rateLimit: r => r.PermitLimit = 60);
        await h.StartAsync();
        foreach (var key in new[] { "a", "b", "c" })
        {
            await h.Orchestrator.PlanAsync(Plan(key, T0 + TimeSpan.FromMinutes(10)));
        }

        await h.SettleAsync();
        var spacing = TimeSpan.FromMinutes(1) / (60 * new LiveActivityOrchestratorOptions().BudgetShare);
        h.Orchestrator.NextWakeAt.Should().Be(T0 + spacing, "two registrations wait for the next slot");

        h.Clock.Advance(spacing + TimeSpan.FromMilliseconds(500)); // the dispatcher wakes half a second late
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        h.Requests(EmulatorEndpoint.Register).Select(r => r.Timestamp).Should().Equal(
            [T0, T0 + spacing + TimeSpan.FromMilliseconds(500), T0 + spacing + spacing],
            "the late wake-up used the missed slot, so the third registration keeps the pace of the series");
    }

    [Fact]
    public async Task A_budget_given_without_permits_is_not_used_for_the_spacing()
    {
        await using var h = new OrchestratorHarness();

        FluentActions.Invoking(() => new LiveActivityOrchestrator(h.Client, new InMemoryLiveActivityStore(), rateLimit: new LiveActivityRateLimitOptions { PermitLimit = 0 }))
            .Should().NotThrow("a budget of no permits cannot space anything: the default budget's spacing applies");
    }
}
