// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;
using Insider.LiveActivity.Contracts;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Readme.TypedContracts;

// The README's "Catch silent failures before production" code, compiled and run with the suite: keep the two identical.
// ios/ is the Orders sample's Swift file (samples/Insider.LiveActivity.Orders/ios), copied next to the tests.
#region Snippet:TypedContractTypes
public enum DeliveryStatus { Preparing, Pickup, [JsonStringEnumMemberName("in_transit")] InTransit, [JsonStringEnumMemberName("out_for_delivery")] OutForDelivery, Delivered }

[LiveActivityType("DeliveryActivityAttributes")]   // the activity_type: the Swift type's name, exactly
public sealed record DeliveryAttributes(string CourierName);
public sealed record DeliveryState(DeliveryStatus Status, int EtaMinutes);
#endregion

#region Snippet:TypedContractAotContext
[JsonSerializable(typeof(DeliveryAttributes))]
[JsonSerializable(typeof(DeliveryState))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
#endregion

#region Snippet:TypedContractTest
public class DeliveryContractTests
{
    [Fact]
    public void DeliveryTypes_MatchTheIosApp() =>
        SwiftContract.Load("ios/DeliveryActivityAttributes.swift").Check<DeliveryAttributes, DeliveryState>().IsCompatible.Should().BeTrue();
}
#endregion

public sealed class ReadmeTypedContractsSnippets
{
    [Fact]
    public async Task TypedCalls_SendWhatTheAppDecodes()
    {
        var emulator = LiveActivityEmulator.CreateInMemory(new() { AppContract = SwiftContract.Load("ios") });
        using var client = new LiveActivityClient(emulator.CreateHttpClient(), new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress });

        var activityId = await TypedCallsAsync(client, emulator);

        emulator.Pushes.Should().HaveCount(2).And.OnlyContain(push => push.WouldRender);
        emulator.Pushes[1].Payload["aps"]!["content-state"]!.ToJsonString().Should().Be("""{"status":"in_transit","etaMinutes":30}""");
        emulator.GetActivity(activityId).Should().NotBeNull();
    }

    [Fact]
    public async Task SourceGeneratedContext_EncodesTheSame()
    {
        var emulator = LiveActivityEmulator.CreateInMemory(new() { AppContract = SwiftContract.Load("ios") });
        using var client = new LiveActivityClient(emulator.CreateHttpClient(), new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress });

        #region Snippet:TypedContractAotCall
        var delivery = client.ForActivity<DeliveryAttributes, DeliveryState>(AppJsonContext.Default);
        #endregion
        var activity = await delivery.RegisterAsync(["user-1"], DateTimeOffset.UtcNow.AddHours(2));
        await delivery.StartAsync(activity.ActivityId, new DeliveryAttributes("John D."), new DeliveryState(DeliveryStatus.OutForDelivery, 5), new LiveActivityAlert("On its way", "5 minutes"));

        emulator.Pushes.Should().ContainSingle().Which.WouldRender.Should().BeTrue();
        emulator.Pushes[0].Payload["aps"]!["content-state"]!.ToJsonString().Should().Be("""{"status":"out_for_delivery","etaMinutes":5}""");
        SwiftContract.Load("ios").Check<DeliveryAttributes, DeliveryState>(LiveActivityContentEncoding.CreateOptions(AppJsonContext.Default)).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public async Task Emulator_FlagsAPushTheDeviceWouldDrop()
    {
        #region Snippet:EmulatorFlagsAPush
        var emulator = LiveActivityEmulator.CreateInMemory(new() { AppContract = SwiftContract.Load("ios") });
        using var client = new LiveActivityClient(emulator.CreateHttpClient(), new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress });
        var activity = await client.ForActivity<DeliveryAttributes, DeliveryState>().RegisterAsync(["user-1"], DateTimeOffset.UtcNow.AddHours(2));

        // Hand-written content with a misspelled enum value: the API answers 200, the iPhone would drop the push.
        await client.StartAsync(new() { ActivityId = activity.ActivityId, ActivityType = "DeliveryActivityAttributes",
            Content = new() { Title = "On its way", Message = "ETA 30 min", Attributes = new() { ["courierName"] = "John D." }, ContentState = new() { ["status"] = "inTransit", ["etaMinutes"] = 30 } } });

        var push = emulator.Pushes.Single();
        push.WouldRender.Should().BeFalse();
        push.RenderProblems[0].ToString().Should().Contain("\"inTransit\" is not a raw value").And.Contain("Did you mean \"in_transit\"?");
        #endregion
    }

    private static async Task<string> TypedCallsAsync(ILiveActivityClient client, LiveActivityEmulator emulator)
    {
        #region Snippet:TypedContractCalls
        var delivery = client.ForActivity<DeliveryAttributes, DeliveryState>();
        var activity = await delivery.RegisterAsync(["user-123"], DateTimeOffset.UtcNow.AddHours(2));
        await delivery.StartAsync(activity.ActivityId, new DeliveryAttributes("John D."), new DeliveryState(DeliveryStatus.Preparing, 45),
            new LiveActivityAlert("Your order is being prepared", "Estimated delivery in 45 minutes"));
        #endregion
        emulator.CompleteTokenSync();
        #region Snippet:TypedContractUpdate
        await delivery.UpdateAsync(activity.ActivityId, new DeliveryState(DeliveryStatus.InTransit, 30));   // content_state: {"status":"in_transit","etaMinutes":30}
        #endregion
        return activity.ActivityId;
    }
}
