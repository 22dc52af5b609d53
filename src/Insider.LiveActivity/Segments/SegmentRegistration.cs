// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The outcome of <see cref="ILiveActivityClient.RegisterSegmentAsync"/> or <see cref="ILiveActivityClient.RemoveSegmentUsersAsync"/>:
/// the counters summed over every chunk, and exactly the ids the API did not confirm, so that nothing is lost silently.
/// </summary>
public sealed record SegmentRegistration
{
    /// <summary>Gets the activity id of the whole segment (never hidden by a failed chunk).</summary>
    public required string ActivityId { get; init; }

    /// <summary>Gets the sum of <see cref="ActivityRegistration.Matched"/> over the chunks (<c>Added + Refreshed</c>).</summary>
    public int Matched { get; init; }

    /// <summary>Gets the number of devices newly added, over all chunks and re-sends.</summary>
    public int Added { get; init; }

    /// <summary>Gets the number of devices refreshed that the segment had not added itself in an earlier re-send.</summary>
    public int Refreshed { get; init; }

    /// <summary>Gets the number of devices removed.</summary>
    public int Removed { get; init; }

    /// <summary>Gets the devices filtered out by the eligibility checks, summed over the chunks (422 chunks included).</summary>
    public SkippedDevices Skipped { get; init; } = SkippedDevices.None;

    /// <summary>Gets the insiders filtered out because GDPR consent is denied.</summary>
    public IReadOnlyList<GdprDeniedInsider> GdprDeniedDetails { get; init; } = [];

    /// <summary>
    /// Gets the ids the API did not confirm: chunks that failed, chunks still partial after <see cref="LiveActivityRetryOptions.MaxRetries"/>
    /// re-sends (the API does not say which ids of a partial chunk were left, so the whole chunk is listed), and chunks never sent
    /// because an error concerned the whole activity (401, 403, 404, 409). Send them again through <c>/add-users</c>.
    /// </summary>
    public IReadOnlyList<string> UnconfirmedInsiderIds { get; init; } = [];

    /// <summary>Gets the errors of the chunks that failed, in the order they happened.</summary>
    public IReadOnlyList<LiveActivityException> Errors { get; init; } = [];

    /// <summary>Gets a value indicating whether every id of the segment was confirmed.</summary>
    public bool IsComplete => UnconfirmedInsiderIds.Count == 0;
}
