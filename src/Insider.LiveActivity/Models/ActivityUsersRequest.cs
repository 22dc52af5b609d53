// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The shared body of <c>POST /add-users</c> and <c>POST /remove-users</c>.</summary>
public abstract record ActivityUsersRequest
{
    /// <summary>Gets the activity id returned by <c>/register</c>.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Gets the ActivityKit attributes type the activity was registered with.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the insider ids: between 1 and <see cref="LiveActivityOptions.MaxInsiderIdsPerRequest"/> ids.</summary>
    public required IReadOnlyList<string> InsiderIds { get; init; }
}
