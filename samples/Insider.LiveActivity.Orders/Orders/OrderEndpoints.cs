// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Orders;

/// <summary>dispatch → status → delivered: one Live Activity per order, driven through <see cref="ILiveActivityClient"/> from DI.</summary>
public static class OrderEndpoints
{
    /// <summary>The Swift <c>ActivityAttributes</c> class of the app, spelled exactly.</summary>
    public const string ActivityType = "DeliveryActivityAttributes";

    /// <summary>Maps the three order endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/orders/{orderId}");
        orders.MapPost("/dispatch", DispatchAsync);
        orders.MapPost("/status", ChangeStatusAsync);
        orders.MapPost("/delivered", DeliveredAsync);
        return app;
    }

    private static async Task<IResult> DispatchAsync(string orderId, DispatchOrder order, ILiveActivityClient client, OrderActivities activities, TimeProvider clock, CancellationToken cancellationToken)
    {
        var activity = await client.RegisterAsync(new() { ActivityType = ActivityType, InsiderIds = [order.InsiderId], EndsAt = clock.GetUtcNow().AddHours(8) }, cancellationToken);
        activities.Track(orderId, activity.ActivityId);
        await client.StartAsync(
            new() { ActivityId = activity.ActivityId, ActivityType = ActivityType, Content = Content("preparing", order.Eta, "Your order is being prepared", $"Estimated delivery: {order.Eta}") },
            cancellationToken);
        return Results.Ok(new { activity.ActivityId });
    }

    private static async Task<IResult> ChangeStatusAsync(string orderId, OrderStatusChange change, ILiveActivityClient client, OrderActivities activities, CancellationToken cancellationToken)
    {
        if (activities.Find(orderId) is not { } activityId)
        {
            return Results.NotFound();
        }

        var summary = await client.UpdateAsync(new() { ActivityId = activityId, ActivityType = ActivityType, Content = Content(change.Status, change.Eta) }, cancellationToken);
        return Results.Ok(new { summary.SessionsTriggered });
    }

    private static async Task<IResult> DeliveredAsync(string orderId, ILiveActivityClient client, OrderActivities activities, CancellationToken cancellationToken)
    {
        if (activities.Find(orderId) is not { } activityId)
        {
            return Results.NotFound();
        }

        await client.EndAsync(new() { ActivityId = activityId, ActivityType = ActivityType, Content = Content("delivered", null, "Delivered", "Enjoy your order!") }, cancellationToken);
        activities.Forget(orderId);
        return Results.NoContent();
    }

    // The untyped content state for now: its names must match the app's Swift ContentState exactly.
    private static LiveActivityContent Content(string status, string? eta, string? title = null, string? message = null)
    {
        var state = new JsonObject { ["status"] = status };
        if (eta is not null)
        {
            state["eta"] = eta;
        }

        return new LiveActivityContent { Title = title, Message = message, ContentState = state };
    }
}
