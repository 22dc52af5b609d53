// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>The documented paths, valid sample requests and success bodies of each endpoint, and a way to call any of them.</summary>
public static class Endpoints
{
    public const string ActivityId = "550e8400-e29b-41d4-a716-446655440000";

    public static readonly LiveActivityEndpoint[] All =
    [
        LiveActivityEndpoint.Register, LiveActivityEndpoint.AddUsers, LiveActivityEndpoint.RemoveUsers,
        LiveActivityEndpoint.Start, LiveActivityEndpoint.Update, LiveActivityEndpoint.End,
    ];

    public static readonly LiveActivityEndpoint[] Idempotent =
        [LiveActivityEndpoint.Register, LiveActivityEndpoint.AddUsers, LiveActivityEndpoint.RemoveUsers, LiveActivityEndpoint.Update];

    public static readonly LiveActivityEndpoint[] NonIdempotent = [LiveActivityEndpoint.Start, LiveActivityEndpoint.End];

    public static TheoryData<LiveActivityEndpoint> AllData => [.. All];

    public static TheoryData<LiveActivityEndpoint> IdempotentData => [.. Idempotent];

    public static TheoryData<LiveActivityEndpoint> NonIdempotentData => [.. NonIdempotent];

    public static TheoryData<LiveActivityEndpoint> PushData => [LiveActivityEndpoint.Start, LiveActivityEndpoint.Update, LiveActivityEndpoint.End];

    public static bool IsIdempotent(LiveActivityEndpoint endpoint) => Idempotent.Contains(endpoint);

    public static string PathOf(LiveActivityEndpoint endpoint) => "/api/v1/live-activity/" + endpoint switch
    {
        LiveActivityEndpoint.Register => "register",
        LiveActivityEndpoint.AddUsers => "add-users",
        LiveActivityEndpoint.RemoveUsers => "remove-users",
        LiveActivityEndpoint.Start => "start",
        LiveActivityEndpoint.Update => "update",
        LiveActivityEndpoint.End => "end",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    public static string SuccessBody(LiveActivityEndpoint endpoint) => endpoint switch
    {
        LiveActivityEndpoint.Register or LiveActivityEndpoint.AddUsers or LiveActivityEndpoint.RemoveUsers =>
            $$"""{"status":"success","activity_id":"{{ActivityId}}","matched":3,"added":3,"refreshed":0,"removed":0}""",
        _ => """{"status":"success","sessions_triggered":850}""",
    };

    public static ScriptedReply Success(LiveActivityEndpoint endpoint) => ScriptedReply.Ok(SuccessBody(endpoint));

    public static RegisterRequest Register(DateTimeOffset? now = null) => new()
    {
        ActivityType = "OrderTrackingAttributes",
        InsiderIds = ["user-123", "user-456", "user-789"],
        EndsAt = (now ?? DateTimeOffset.UtcNow).AddHours(1),
    };

    public static AddUsersRequest AddUsers() => new()
    {
        ActivityId = ActivityId, ActivityType = "DeliveryActivityAttributes", InsiderIds = ["user-901", "user-902", "user-903"],
    };

    public static RemoveUsersRequest RemoveUsers() => new()
    {
        ActivityId = ActivityId, ActivityType = "DeliveryActivityAttributes", InsiderIds = ["user-12", "user-77"],
    };

    public static LiveActivityContent Content() => new()
    {
        Title = "Your order is being prepared",
        Message = "Estimated delivery: 14:30",
        ContentState = new JsonObject { ["status"] = "preparing", ["eta"] = "2026-05-20T14:30:00Z" },
    };

    public static StartRequest Start() => new() { ActivityId = ActivityId, ActivityType = "OrderTrackingAttributes", Content = Content() };

    public static UpdateRequest Update() => new() { ActivityId = ActivityId, ActivityType = "OrderTrackingAttributes", Content = Content() };

    public static EndRequest End() => new() { ActivityId = ActivityId, ActivityType = "OrderTrackingAttributes", Content = Content() };

    /// <summary>Calls an endpoint with a valid sample request.</summary>
    public static async Task<object> InvokeAsync(ILiveActivityClient client, LiveActivityEndpoint endpoint, DateTimeOffset? now = null, CancellationToken cancellationToken = default) =>
        endpoint switch
        {
            LiveActivityEndpoint.Register => await client.RegisterAsync(Register(now), cancellationToken),
            LiveActivityEndpoint.AddUsers => await client.AddUsersAsync(AddUsers(), cancellationToken),
            LiveActivityEndpoint.RemoveUsers => await client.RemoveUsersAsync(RemoveUsers(), cancellationToken),
            LiveActivityEndpoint.Start => await client.StartAsync(Start(), cancellationToken),
            LiveActivityEndpoint.Update => await client.UpdateAsync(Update(), cancellationToken),
            LiveActivityEndpoint.End => await client.EndAsync(End(), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
        };

    /// <summary>The activity id a failure of the sample call on <paramref name="endpoint"/> should carry.</summary>
    public static string? ActivityIdOf(LiveActivityEndpoint endpoint) => endpoint == LiveActivityEndpoint.Register ? null : ActivityId;
}
