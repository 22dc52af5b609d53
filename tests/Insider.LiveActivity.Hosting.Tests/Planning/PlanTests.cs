using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Planning;

/// <summary>A plan the API would reject fails at once; planning a key twice changes nothing; nothing is accepted before it is stored.</summary>
public sealed class PlanTests
{
    public static TheoryData<string, Func<LiveActivityPlan, LiveActivityPlan>> Invalid => new()
    {
        { "ENDS_AT_TOO_SOON", p => p with { StartAt = null, EndsAt = T0 + TimeSpan.FromMinutes(4) } },
        { "ENDS_AT_TOO_FAR", p => p with { StartAt = null, EndsAt = T0 + TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1) } },
        { "InsiderIds", p => p with { InsiderIds = [] } },
        { "InsiderIds", p => p with { InsiderIds = ["ok", " "] } },
        { "StartAt", p => p with { StartAt = T0 + TimeSpan.FromHours(3), EndsAt = T0 + TimeSpan.FromHours(3) } },
        { "ActivityType", p => p with { ActivityType = "" } },
        { "Key", p => p with { Key = " " } },
        { "Title", p => p with { StartContent = Content("x") } },
        { "TargetDevices", p => p with { TargetDevices = [new TargetDevice("user", "")] } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_plan_the_API_would_reject_fails_at_once_and_stores_nothing(string reason, Func<LiveActivityPlan, LiveActivityPlan> change)
    {
        await using var h = new OrchestratorHarness();
        var plan = change(Plan("order-1"));

        (await h.Orchestrator.Invoking(o => o.PlanAsync(plan)).Should().ThrowAsync<LiveActivityValidationException>())
            .Which.Message.Should().Contain(reason);
        ((InMemoryLiveActivityStore)h.InnerStore).Count.Should().Be(0);
    }

    [Fact]
    public async Task A_plan_may_end_seven_days_after_a_registration_thirty_minutes_before_its_start()
    {
        await using var h = new OrchestratorHarness();
        var startAt = T0 + TimeSpan.FromDays(1);
        var status = await h.Orchestrator.PlanAsync(Plan("order-1", startAt, startAt - TimeSpan.FromMinutes(30) + TimeSpan.FromDays(7)));

        status.State.Should().Be(LiveActivityState.Planned);
    }

    [Fact]
    public async Task Planning_an_existing_key_returns_its_status_and_changes_nothing()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.SettleAsync();
        var before = await h.Orchestrator.GetStatusAsync("order-1");

        var again = await h.Orchestrator.PlanAsync(Plan("order-1", endsAt: T0 + TimeSpan.FromDays(2)) with { ActivityType = "Other" });
        await h.SettleAsync();

        again.Should().Be(before);
        again.EndsAt.Should().Be(T0 + TimeSpan.FromHours(1));
        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle();
    }

    [Fact]
    public async Task Planning_the_key_of_an_activity_over_since_a_restart_returns_its_stored_status()
    {
        await using var h = new OrchestratorHarness(sqlite: true);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.SettleAsync(); // registered (and started) before the end is asked for: otherwise nothing is ever sent
        await h.Orchestrator.EndAsync("order-1", Content("done", "Done"));
        await h.RunForAsync(TimeSpan.FromSeconds(10)); // past the sync delay: the end is sent
        await h.RestartAsync();

        (await h.Orchestrator.PlanAsync(Plan("order-1"))).State.Should().Be(LiveActivityState.Ended);
        h.Requests(EmulatorEndpoint.Register, status: null).Should().ContainSingle();
    }

    [Fact]
    public async Task Publishing_or_ending_an_unknown_key_throws_KeyNotFoundException()
    {
        await using var h = new OrchestratorHarness();

        await h.Orchestrator.Invoking(o => o.PublishAsync("nope", Content("x"))).Should().ThrowAsync<KeyNotFoundException>();
        await h.Orchestrator.Invoking(o => o.EndAsync("nope", Content("x"))).Should().ThrowAsync<KeyNotFoundException>();
        (await h.Orchestrator.GetStatusAsync("nope")).Should().BeNull();
    }

    [Fact]
    public async Task A_published_state_is_copied_so_later_changes_of_the_callers_json_never_reach_the_device()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        var content = Content("original");
        await h.Orchestrator.PublishAsync("order-1", content);
        content.ContentState["status"] = "changed";
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle().Which.ParseBody()!["content"]!["content_state"]!["status"]!
            .GetValue<string>().Should().Be("original");
    }

    [Fact]
    public async Task Ending_an_activity_that_has_not_started_sends_nothing()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromHours(2)));
        await h.Orchestrator.EndAsync("order-1", Content("cancelled", "Cancelled"));
        await h.RunForAsync(TimeSpan.FromHours(3));

        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Ended);
        h.Emulator.Requests.Should().BeEmpty();
    }
}
