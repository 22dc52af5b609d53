// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>Insiders of any number to remove from a registered activity, sent in chunks through <c>/remove-users</c>.</summary>
public sealed record RemoveSegmentUsersRequest
{
    /// <summary>Gets the activity id returned by <c>/register</c>.</summary>
    public required string ActivityId { get; init; }

    /// <summary>Gets the ActivityKit attributes type the activity was registered with.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the insider ids, of any number; duplicates are sent once. The sequence is read once.</summary>
    public required IEnumerable<string> InsiderIds { get; init; }
}
