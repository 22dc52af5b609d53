// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>Wire facts about each endpoint: its path and whether the API documents it as idempotent.</summary>
internal static class EndpointInfo
{
    public const string PathPrefix = "api/v1/live-activity/";

    /// <summary>The number of endpoints; <see cref="LiveActivityEndpoint"/> values are 0 to Count - 1 (per-endpoint arrays index by them).</summary>
    public const int Count = 6;

    public static string RelativePath(this LiveActivityEndpoint endpoint) => endpoint switch
    {
        LiveActivityEndpoint.Register => PathPrefix + "register",
        LiveActivityEndpoint.AddUsers => PathPrefix + "add-users",
        LiveActivityEndpoint.RemoveUsers => PathPrefix + "remove-users",
        LiveActivityEndpoint.Start => PathPrefix + "start",
        LiveActivityEndpoint.Update => PathPrefix + "update",
        LiveActivityEndpoint.End => PathPrefix + "end",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>Gets the path as it appears in messages and logs, e.g. <c>/start</c>.</summary>
    public static string DisplayName(this LiveActivityEndpoint endpoint) => endpoint switch
    {
        LiveActivityEndpoint.Register => "/register",
        LiveActivityEndpoint.AddUsers => "/add-users",
        LiveActivityEndpoint.RemoveUsers => "/remove-users",
        LiveActivityEndpoint.Start => "/start",
        LiveActivityEndpoint.Update => "/update",
        LiveActivityEndpoint.End => "/end",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
    };

    /// <summary>
    /// Register, add-users, remove-users and update may be repeated safely (re-registering refreshes,
    /// removing a missing id is a no-op). Start and end may not: a replay answers 409 or 404.
    /// </summary>
    public static bool IsIdempotent(this LiveActivityEndpoint endpoint) =>
        endpoint is not (LiveActivityEndpoint.Start or LiveActivityEndpoint.End);
}
