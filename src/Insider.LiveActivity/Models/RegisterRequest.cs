// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The body of <c>POST /register</c>: registers a segment of insiders for an activity type and creates
/// an activity. The API generates the <c>activity_id</c>; this request never sends one.
/// </summary>
public sealed record RegisterRequest
{
    /// <summary>Gets the ActivityKit attributes type: exactly (case-sensitive) the Swift <c>ActivityAttributes</c> class name in the iOS app.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the insider ids to register: between 1 and <see cref="LiveActivityOptions.MaxInsiderIdsPerRequest"/> ids.</summary>
    public required IReadOnlyList<string> InsiderIds { get; init; }

    /// <summary>
    /// Gets the latest time the activity may live until: at least 5 minutes and at most 7 days from now.
    /// It is sent as an RFC 3339 UTC timestamp. When it passes, the activity ends without a final push.
    /// </summary>
    public required DateTimeOffset EndsAt { get; init; }
}
