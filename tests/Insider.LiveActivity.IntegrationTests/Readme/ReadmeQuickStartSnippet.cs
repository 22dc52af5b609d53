namespace Insider.LiveActivity.IntegrationTests.Readme;

/// <summary>The README's "Quick start" code, compiled with the suite so that it cannot drift from the API (it needs a real key to run).</summary>
internal static class ReadmeQuickStartSnippet
{
    public static async Task RunAsync()
    {
        #region Snippet:QuickStart
        using var client = new LiveActivityClient(new LiveActivityOptions { ApiKey = "<your renewed API key>" });

        var activity = await client.RegisterAsync(new() { ActivityType = "DeliveryActivityAttributes", InsiderIds = ["user-123", "user-456"], EndsAt = DateTimeOffset.UtcNow.AddHours(2) });
        await client.StartAsync(new() { ActivityId = activity.ActivityId, ActivityType = "DeliveryActivityAttributes",
            Content = new() { Title = "Your order is being prepared", Message = "Estimated delivery: 14:30", ContentState = new() { ["status"] = "preparing" } } });
        await client.UpdateAsync(new() { ActivityId = activity.ActivityId, ActivityType = "DeliveryActivityAttributes", Content = new() { ContentState = new() { ["status"] = "in_transit" } } });
        await client.EndAsync(new() { ActivityId = activity.ActivityId, ActivityType = "DeliveryActivityAttributes", Content = new() { Title = "Delivered", Message = "Enjoy!", ContentState = new() { ["status"] = "delivered" } } });
        #endregion
    }
}
