using System.Text.Json.Nodes;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Planning;

/// <summary>
/// The rules of <c>/register</c> and <c>/start</c> a plan is checked against when it is made (vendor spec: <c>ends_at</c> at least
/// 5 minutes and at most 7 days after the registration; <c>/start</c> needs a title, a message and a content_state; a target device
/// names an insider id and a udid). Each refusal names the field and says what to do.
/// </summary>
public sealed class PlanRulesTests
{
    public static TheoryData<string, Func<LiveActivityPlan, LiveActivityPlan>> Refused => new()
    {
        { "LiveActivityPlan.Key is required", p => p with { Key = " " } },
        { "LiveActivityPlan.ActivityType is required (the Swift ActivityAttributes class name)", p => p with { ActivityType = " " } },
        { "LiveActivityPlan.InsiderIds must hold at least one insider id", p => p with { InsiderIds = null! } },
        { "LiveActivityPlan.InsiderIds must not hold an empty insider id", p => p with { InsiderIds = [""] } },
        { "LiveActivityPlan.StartContent is required", p => p with { StartContent = null! } },
        { "LiveActivityPlan.StartContent needs a Title and a Message (/start requires both)", p => p with { StartContent = Content("x", "Title") with { Message = null } } },
        { "LiveActivityPlan.StartContent needs a Title and a Message (/start requires both)", p => p with { StartContent = Content("x", "Title") with { Title = " " } } },
        { "LiveActivityPlan.StartContent.ContentState is required", p => p with { StartContent = Content("x", "Title") with { ContentState = null! } } },
        { "LiveActivityPlan.FinalContent.ContentState is required", p => p with { FinalContent = Content("done") with { ContentState = null! } } },
        { "LiveActivityPlan.TargetDevices needs an insider id and a udid in every device", p => p with { TargetDevices = [null!] } },
        { "LiveActivityPlan.TargetDevices needs an insider id and a udid in every device", p => p with { TargetDevices = [new TargetDevice(" ", "udid-1")] } },
        { "LiveActivityPlan.TargetDevices needs an insider id and a udid in every device", p => p with { TargetDevices = [new TargetDevice("order-1-user-0", " ")] } },
        { "LiveActivityPlan.TargetDevices needs an insider id and a udid in every device", p => p with { TargetDevices = [new TargetDevice("order-1-user-0", "udid-1"), new TargetDevice("", "udid-2")] } },
        { "must be before EndsAt", p => p with { StartAt = T0 + TimeSpan.FromHours(2), EndsAt = T0 + TimeSpan.FromHours(1) } },
        { "must be at least 5 minutes after the registration at", p => p with { StartAt = null, EndsAt = T0 + TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1) } },
        { "must be at most 7 days after the registration at", p => p with { StartAt = T0 + TimeSpan.FromMinutes(10), EndsAt = T0 + TimeSpan.FromDays(7) + TimeSpan.FromTicks(1) } },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_plan_breaking_a_rule_is_refused_with_a_message_naming_the_field(string message, Func<LiveActivityPlan, LiveActivityPlan> change)
    {
        await using var h = new OrchestratorHarness();

        (await h.Orchestrator.Invoking(o => o.PlanAsync(change(Plan("order-1")))).Should().ThrowAsync<LiveActivityValidationException>())
            .Which.Message.Should().Contain(message);
        ((InMemoryLiveActivityStore)h.InnerStore).Count.Should().Be(0);
    }

    [Fact]
    public async Task A_state_published_without_content_is_refused_with_the_parameter_named()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));

        (await h.Orchestrator.Invoking(o => o.PublishAsync("order-1", null!)).Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("content");
    }

    [Fact]
    public async Task Ends_at_exactly_five_minutes_after_an_immediate_registration_is_accepted()
    {
        await using var h = new OrchestratorHarness();

        var status = await h.Orchestrator.PlanAsync(Plan("order-1", startAt: null, endsAt: T0 + TimeSpan.FromMinutes(5)));

        status.State.Should().Be(LiveActivityState.Planned);
    }

    [Fact]
    public async Task Ends_at_exactly_seven_days_after_an_immediate_registration_is_accepted()
    {
        await using var h = new OrchestratorHarness();

        var status = await h.Orchestrator.PlanAsync(Plan("order-1", startAt: T0 + TimeSpan.FromMinutes(10), endsAt: T0 + TimeSpan.FromDays(7)));

        status.State.Should().Be(LiveActivityState.Planned);
    }

    [Fact]
    public async Task A_registration_lead_shorter_than_five_minutes_measures_the_lifetime_from_the_late_registration()
    {
        await using var h = new OrchestratorHarness(configure: o => o.RegisterLead = TimeSpan.FromMinutes(1));
        var startAt = T0 + TimeSpan.FromHours(1);

        (await h.Orchestrator.Invoking(o => o.PlanAsync(Plan("order-1", startAt, startAt + TimeSpan.FromMinutes(4) - TimeSpan.FromTicks(1))))
            .Should().ThrowAsync<LiveActivityValidationException>()).Which.Message.Should().Contain("ENDS_AT_TOO_SOON");
        (await h.Orchestrator.PlanAsync(Plan("order-2", startAt, startAt + TimeSpan.FromMinutes(4)))).State.Should().Be(LiveActivityState.Planned);
    }

    [Fact]
    public async Task A_published_or_final_content_without_a_content_state_is_refused_naming_the_argument()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        var noState = new LiveActivityContent { ContentState = null! };

        (await h.Orchestrator.Invoking(o => o.PublishAsync("order-1", noState)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain("content.ContentState is required");
        (await h.Orchestrator.Invoking(o => o.EndAsync("order-1", noState)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain("finalContent.ContentState is required");
        (await h.Orchestrator.GetStatusAsync("order-1"))!.HasPendingUpdate.Should().BeFalse();
    }

    [Fact]
    public async Task The_stored_plan_keeps_its_attributes_apart_from_the_callers_json()
    {
        await using var h = new OrchestratorHarness();
        var attributes = new JsonObject { ["order"] = "A-1" };
        var plan = Plan("order-1") with { StartContent = Content("placed", "Your order") with { Attributes = attributes } };
        await h.Orchestrator.PlanAsync(plan);
        attributes["order"] = "changed";

        (await h.InnerStore.GetAsync("order-1"))!.StartContent.Attributes!["order"]!.GetValue<string>().Should().Be("A-1");
    }
}
