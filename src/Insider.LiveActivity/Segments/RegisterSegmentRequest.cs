// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// A segment of any size to register as ONE activity: the client de-duplicates the ids, sends the first
/// <see cref="LiveActivityOptions.MaxInsiderIdsPerRequest"/> through <c>/register</c> and the rest through <c>/add-users</c>.
/// </summary>
public sealed record RegisterSegmentRequest
{
    /// <summary>Gets the ActivityKit attributes type: exactly the Swift <c>ActivityAttributes</c> class name.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the insider ids, of any number; duplicates are sent once. The sequence is read once.</summary>
    public required IEnumerable<string> InsiderIds { get; init; }

    /// <summary>Gets the latest time the activity may live until: at least 5 minutes and at most 7 days from now.</summary>
    public required DateTimeOffset EndsAt { get; init; }
}
