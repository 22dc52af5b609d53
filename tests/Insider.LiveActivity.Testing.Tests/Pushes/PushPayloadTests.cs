// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class PushPayloadTests : EmulatorTestBase
{
    [Fact]
    public async Task Start_Push_HasAppleStartShape()
    {
        var id = await RegisterIdAsync("user-1");

        await PostAsync("start", new
        {
            activity_id = id,
            activity_type = ActivityType,
            content = Content("Your order is being prepared", "Estimated delivery: 14:30", new { status = "pickup", etaMinutes = 45 }, new { courierName = "John D." }),
        });

        var push = Emulator.Pushes.Should().ContainSingle().Subject;
        push.ActivityId.Should().Be(id);
        push.InsiderId.Should().Be("user-1");
        push.Udid.Should().Be("user-1-device-1");
        push.Event.Should().Be("start");
        push.Timestamp.Should().Be(Start);
        push.Payload.ToJsonString().Should().Be(
            "{\"aps\":{\"timestamp\":" + Start.ToUnixTimeSeconds() + ",\"event\":\"start\"," +
            "\"content-state\":{\"status\":\"pickup\",\"etaMinutes\":45}," +
            "\"attributes-type\":\"DeliveryActivityAttributes\",\"attributes\":{\"courierName\":\"John D.\"}," +
            "\"alert\":{\"title\":\"Your order is being prepared\",\"body\":\"Estimated delivery: 14:30\"}}}");
    }

    [Fact]
    public async Task Start_WithoutAttributes_SendsEmptyAttributesObject()
    {
        var id = await StartedActivityAsync("user-1");

        Emulator.Pushes.Single().Payload["aps"]!["attributes"]!.ToJsonString().Should().Be("{}");
        id.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Update_ContentStateOnly_HasNoAlertNoAttributes()
    {
        var id = await StartedActivityAsync("user-1");
        Time.Advance(TimeSpan.FromSeconds(10));

        await PushAsync("update", id, content: Content(null, null, new { status = "in_transit", etaMinutes = 30 }));

        var push = Emulator.Pushes.Last();
        push.Event.Should().Be("update");
        push.Payload.ToJsonString().Should().Be(
            "{\"aps\":{\"timestamp\":" + Start.AddSeconds(10).ToUnixTimeSeconds() + ",\"event\":\"update\"," +
            "\"content-state\":{\"status\":\"in_transit\",\"etaMinutes\":30}}}");
    }

    [Fact]
    public async Task End_WithTitleAndMessage_HasEndEventAndAlert()
    {
        var id = await StartedActivityAsync("user-1");
        Time.Advance(TimeSpan.FromSeconds(3));

        await PushAsync("end", id, content: Content("Delivered", "Enjoy", new { status = "delivered" }));

        var aps = Emulator.Pushes.Last().Payload["aps"]!.AsObject();
        aps["event"]!.GetValue<string>().Should().Be("end");
        aps["alert"]!.ToJsonString().Should().Be("{\"title\":\"Delivered\",\"body\":\"Enjoy\"}");
        aps.ContainsKey("attributes-type").Should().BeFalse();
    }

    [Fact]
    public async Task Pushes_EachPayload_IsIndependentCopy()
    {
        await StartedActivityAsync("multi-1");
        var pushes = Emulator.Pushes;

        ((JsonObject)pushes[0].Payload["aps"]!["content-state"]!)["status"] = "changed";

        pushes[1].Payload["aps"]!["content-state"]!["status"]!.GetValue<string>().Should().Be("preparing");
    }
}
