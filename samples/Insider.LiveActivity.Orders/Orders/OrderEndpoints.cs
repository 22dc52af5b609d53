// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Orders;

/// <summary>
/// dispatch → status → delivered: one Live Activity per order, driven through the typed calls of <see cref="ILiveActivityClient"/>
/// from DI (<c>ForActivity&lt;DeliveryAttributes, DeliveryState&gt;()</c>), so the content always encodes as the app's Swift types decode it.
/// </summary>
public static class OrderEndpoints
{
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
        var delivery = client.ForActivity<DeliveryAttributes, DeliveryState>();
        var activity = await delivery.RegisterAsync([order.InsiderId], clock.GetUtcNow().AddHours(8), cancellationToken);
        activities.Track(orderId, activity.ActivityId);
        await delivery.StartAsync(
            activity.ActivityId,
            new DeliveryAttributes(order.CourierName),
            new DeliveryState(DeliveryStatus.Preparing, order.EtaMinutes),
            new LiveActivityAlert("Your order is being prepared", $"Estimated delivery in {order.EtaMinutes} minutes"),
            cancellationToken: cancellationToken);
        return Results.Ok(new { activity.ActivityId });
    }

    private static async Task<IResult> ChangeStatusAsync(string orderId, OrderStatusChange change, ILiveActivityClient client, OrderActivities activities, CancellationToken cancellationToken)
    {
        if (activities.Find(orderId) is not { } activityId)
        {
            return Results.NotFound();
        }

        var delivery = client.ForActivity<DeliveryAttributes, DeliveryState>();
        var summary = await delivery.UpdateAsync(activityId, new DeliveryState(change.Status, change.EtaMinutes), cancellationToken: cancellationToken);
        return Results.Ok(new { summary.SessionsTriggered });
    }

    private static async Task<IResult> DeliveredAsync(string orderId, ILiveActivityClient client, OrderActivities activities, CancellationToken cancellationToken)
    {
        if (activities.Find(orderId) is not { } activityId)
        {
            return Results.NotFound();
        }

        var delivery = client.ForActivity<DeliveryAttributes, DeliveryState>();
        await delivery.EndAsync(activityId, new DeliveryState(DeliveryStatus.Delivered, 0), new LiveActivityAlert("Delivered", "Enjoy your order!"), cancellationToken: cancellationToken);
        activities.Forget(orderId);
        return Results.NoContent();
    }
}
