using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>When work waits, the dispatcher picks: updates to the oldest delivered state first, ends by earliest deadline.</summary>
public sealed class PriorityTests
{
    [Fact]
    public async Task Sends_updates_to_the_activity_whose_delivered_state_is_oldest_first()
    {
        await using var h = new OrchestratorHarness(sqlite: true, configure: o => o.MaxConcurrentRequestsPerEndpoint = 1);
        await h.StartAsync();
        foreach (var (key, second) in new[] { ("c", 2), ("b", 1), ("a", 0) })
        {
            await h.Orchestrator.PlanAsync(Plan(key, T0 + TimeSpan.FromSeconds(second), T0 + TimeSpan.FromHours(1)));
        }

        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        await h.Orchestrator.StopAsync();
        foreach (var key in new[] { "c", "b", "a" })
        {
            await h.Orchestrator.PublishAsync(key, Content("new-" + key));
        }

        await h.RestartAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(1));

        h.Requests(EmulatorEndpoint.Update).Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().Equal(["new-a", "new-b", "new-c"], "a's delivered state (its start) is the oldest, c's the newest; plans, loads and publishes came in the order c, b, a");
    }

    [Fact]
    public async Task The_delivered_state_of_an_updated_activity_is_its_last_update_not_its_start()
    {
        await using var h = new OrchestratorHarness(sqlite: true, configure: o => o.MaxConcurrentRequestsPerEndpoint = 1);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", T0));
        await h.Orchestrator.PlanAsync(Plan("b", T0 + TimeSpan.FromSeconds(2)));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        await h.Orchestrator.PublishAsync("a", Content("a-1"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(20));
        await h.Orchestrator.StopAsync();
        foreach (var key in new[] { "a", "b" })
        {
            await h.Orchestrator.PublishAsync(key, Content("new-" + key));
        }

        await h.RestartAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(1));

        h.Requests(EmulatorEndpoint.Update).Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().Equal(["a-1", "new-b", "new-a"], "a started first but its last update (T0 + 10 s) is newer than b's start (T0 + 2 s)");
    }

    [Fact]
    public async Task Sends_ends_by_earliest_deadline_first()
    {
        await using var h = new OrchestratorHarness(sqlite: true, configure: o => o.MaxConcurrentRequestsPerEndpoint = 1);
        await h.StartAsync();
        foreach (var (key, minutes) in new[] { ("a", 30), ("b", 20), ("c", 10) })
        {
            await h.Orchestrator.PlanAsync(Plan(key, T0, T0 + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(minutes)));
        }

        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        await h.Orchestrator.StopAsync();
        foreach (var key in new[] { "a", "b", "c" })
        {
            await h.Orchestrator.EndAsync(key, Content("end-" + key, "End"));
        }

        await h.RestartAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(1));

        h.Requests(EmulatorEndpoint.End).Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().Equal(["end-c", "end-b", "end-a"], "c's ends_at is the earliest");
    }

    [Fact]
    public async Task Spaces_the_requests_of_an_endpoint_evenly_at_the_budget_share_so_no_minute_holds_more_than_the_limit()
    {
        await using var h = new OrchestratorHarness(configure: o => o.BudgetShare = 0.5);
        await h.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            await h.Orchestrator.PlanAsync(Plan("order-" + i));
        }

        await h.RunForAsync(TimeSpan.FromSeconds(10));

        var registers = h.Requests(EmulatorEndpoint.Register).Select(r => r.Timestamp).ToList();
        registers.Should().HaveCount(30);
        registers.Zip(registers.Skip(1), (a, b) => b - a).Should().AllSatisfy(gap => gap.Should().Be(TimeSpan.FromMilliseconds(120)), "1,000 per minute at half the budget");
        h.Requests(EmulatorEndpoint.Start).Should().HaveCount(30);
    }
}
