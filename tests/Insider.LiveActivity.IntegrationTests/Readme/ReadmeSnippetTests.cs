using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Readme;

// The README's "Testing your integration" example, compiled and run with the suite: keep the two identical.
#region Snippet:TestingYourIntegration
public class DeliveryLiveActivityTests
{
    [Fact]
    public async Task OrderInTransit_PushesStartThenUpdateToTheDevice()
    {
        await using var emulator = await LiveActivityEmulator.StartAsync();
        using var client = new LiveActivityClient(new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress });

        var activity = await client.RegisterAsync(new() { ActivityType = "DeliveryActivityAttributes", InsiderIds = ["user-1"], EndsAt = DateTimeOffset.UtcNow.AddHours(1) });
        await client.StartAsync(new() { ActivityId = activity.ActivityId, ActivityType = "DeliveryActivityAttributes", Content = new() { Title = "Preparing", Message = "ETA 14:30", ContentState = new() { ["status"] = "preparing" } } });
        emulator.CompleteTokenSync();
        await client.UpdateAsync(new() { ActivityId = activity.ActivityId, ActivityType = "DeliveryActivityAttributes", Content = new() { ContentState = new() { ["status"] = "in_transit" } } });

        emulator.Pushes.Select(push => push.Event).Should().Equal("start", "update");
    }
}
#endregion
