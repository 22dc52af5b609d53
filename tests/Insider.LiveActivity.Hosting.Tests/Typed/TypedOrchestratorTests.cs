using System.Text.Json;
using System.Text.Json.Nodes;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Typed;

/// <summary>The typed overloads (issue 9): the caller's attributes and state types, encoded as Swift's Codable before anything is stored.</summary>
public sealed class TypedOrchestratorTests
{
    private static readonly DateTimeOffset SwiftEpoch = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Eta = T0 + TimeSpan.FromMinutes(40);
    private static readonly LiveActivityAlert Alert = new("Your order", "On its way");

    [Fact]
    public async Task Typed_plan_publish_and_end_reach_the_emulator_as_Swift_Codable_json()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var orders = h.Orchestrator.ForActivity<OrderAttributes, OrderState>();

        var planned = await orders.PlanAsync("order-1", ["user-1"], T0 + TimeSpan.FromHours(1), startAt: null,
            new OrderAttributes("A-42"), new OrderState(OrderStatus.Placed, 30, Eta, 0.1), Alert);
        planned.State.Should().Be(LiveActivityState.Planned);
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(1));

        var start = h.Requests(EmulatorEndpoint.Start).Should().ContainSingle().Subject.ParseBody()!;
        start["activity_type"]!.GetValue<string>().Should().Be("OrderTrackingAttributes", "[LiveActivityType] names the Swift type");
        start["content"]!["title"]!.GetValue<string>().Should().Be("Your order");
        start["content"]!["message"]!.GetValue<string>().Should().Be("On its way");
        Json(start["content"]!["attributes"]).Should().Be("""{"orderNumber":"A-42"}""");
        Json(start["content"]!["content_state"]).Should().Be(
            $$"""{"status":"placed","etaMinutes":30,"eta":{{(Eta - SwiftEpoch).TotalSeconds}},"progress":0.1}""",
            "lowerCamelCase keys, the enum's raw value, a Date as seconds since 2001, no null members");

        await orders.PublishAsync("order-1", new OrderState(OrderStatus.InTransit, 12, Eta, 0.5));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        var update = h.Requests(EmulatorEndpoint.Update).Should().ContainSingle().Subject.ParseBody()!;
        update["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("in_transit");
        update["content"]!["content_state"]!["etaMinutes"]!.GetValue<int>().Should().Be(12);
        update["content"]!.AsObject().ContainsKey("title").Should().BeFalse("no alert was given");

        await orders.EndAsync("order-1", new OrderState(OrderStatus.Delivered, 0, Eta, 1), new LiveActivityAlert("Delivered", "Enjoy"));
        await h.SettleAsync();
        var end = h.Requests(EmulatorEndpoint.End).Should().ContainSingle().Subject.ParseBody()!;
        end["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("delivered");
        end["content"]!["title"]!.GetValue<string>().Should().Be("Delivered");
        (await orders.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Ended);
    }

    [Fact]
    public async Task The_final_state_of_the_plan_is_the_automatic_end()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var orders = h.Orchestrator.ForActivity<OrderAttributes, OrderState>(OrderJsonContext.Default);
        var endsAt = T0 + TimeSpan.FromHours(1);

        await orders.PlanAsync("order-1", ["user-1"], endsAt, startAt: null, new OrderAttributes("A-42"),
            new OrderState(OrderStatus.Placed, 30, Eta, 0), Alert, finalState: new OrderState(OrderStatus.Delivered, 0, Eta, 1, "Left at the door"));
        await h.RunUntilAsync(endsAt);

        var end = h.Requests(EmulatorEndpoint.End).Should().ContainSingle().Subject.ParseBody()!;
        end["content"]!["content_state"]!["note"]!.GetValue<string>().Should().Be("Left at the door");
        end["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("delivered");
    }

    [Fact]
    public async Task The_source_generated_overload_encodes_as_the_reflection_one()
    {
        await using var h = new OrchestratorHarness();
        var state = new OrderState(OrderStatus.InTransit, 12, Eta, 0.5, "Ring twice");
        var options = LiveActivityContentEncoding.CreateOptions(OrderJsonContext.Default);

        var generated = h.Orchestrator.ForActivity<OrderAttributes, OrderState>(options);
        var reflected = h.Orchestrator.ForActivity<OrderAttributes, OrderState>();

        generated.ActivityType.Should().Be("OrderTrackingAttributes");
        Json(LiveActivityContentEncoding.Encode(state, generated.Options)).Should().Be(Json(LiveActivityContentEncoding.Encode(state, reflected.Options)));
    }

    [Fact]
    public async Task Options_not_made_for_Swift_are_refused()
    {
        await using var h = new OrchestratorHarness();
        var dotnetDefaults = new JsonSerializerOptions { TypeInfoResolver = OrderJsonContext.Default };

        h.Orchestrator.Invoking(o => o.ForActivity<OrderAttributes, OrderState>(dotnetDefaults))
            .Should().Throw<ArgumentException>().WithMessage("*LiveActivityContentEncoding.CreateOptions*");
    }

    [Fact]
    public async Task A_state_Swift_cannot_decode_is_rejected_and_no_plan_is_stored()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var orders = h.Orchestrator.ForActivity<OrderAttributes, OrderState>(OrderJsonContext.Default);

        var act = () => orders.PlanAsync("order-1", ["user-1"], T0 + TimeSpan.FromHours(1), null, new OrderAttributes("A-42"),
            new OrderState(OrderStatus.Placed, 30, Eta, double.NaN), Alert);

        (await act.Should().ThrowAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be(LiveActivityErrorCodes.ValidationFailed);
        (await h.InnerStore.GetAsync("order-1")).Should().BeNull("nothing is stored before the state is known to decode");
        (await orders.GetStatusAsync("order-1")).Should().BeNull();
        await h.RunForAsync(TimeSpan.FromMinutes(1));
        h.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_published_state_over_4_KB_is_rejected_and_the_stored_record_is_unchanged()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var orders = h.Orchestrator.ForActivity<OrderAttributes, OrderState>();
        await orders.PlanAsync("order-1", ["user-1"], T0 + TimeSpan.FromHours(1), T0 + TimeSpan.FromMinutes(50),
            new OrderAttributes("A-42"), new OrderState(OrderStatus.Placed, 30, Eta, 0), Alert);
        var before = await h.InnerStore.GetAsync("order-1");

        var publish = () => orders.PublishAsync("order-1", new OrderState(OrderStatus.InTransit, 12, Eta, 0.5, new string('x', 5000)));
        var end = () => orders.EndAsync("order-1", new OrderState(OrderStatus.Delivered, 0, Eta, double.PositiveInfinity));

        (await publish.Should().ThrowAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be(LiveActivityErrorCodes.ContentStateTooLarge);
        await end.Should().ThrowAsync<LiveActivityValidationException>();
        var after = await h.InnerStore.GetAsync("order-1");
        after!.Revision.Should().Be(before!.Revision);
        after.PendingSequence.Should().Be(0);
        after.EndRequestedAt.Should().BeNull();
    }

    [Fact]
    public async Task Null_arguments_fault_the_returned_task()
    {
        await using var h = new OrchestratorHarness();
        var orders = h.Orchestrator.ForActivity<OrderAttributes, OrderState>();

        await orders.Invoking(o => o.PublishAsync("order-1", null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("state");
        await orders.Invoking(o => o.PlanAsync("order-1", ["user-1"], T0 + TimeSpan.FromHours(1), null, new OrderAttributes("A"), new OrderState(OrderStatus.Placed, 1, Eta, 0), null!))
            .Should().ThrowAsync<ArgumentNullException>().WithParameterName("alert");
        (await h.InnerStore.GetAsync("order-1")).Should().BeNull();
    }

    private static string Json(JsonNode? node) => node!.ToJsonString();
}
