// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>How far a segment operation has come; reported after each chunk.</summary>
public sealed record SegmentProgress
{
    /// <summary>Gets the activity id, once <c>/register</c> has created it.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets the number of chunks finished (confirmed or given up).</summary>
    public int CompletedChunks { get; init; }

    /// <summary>Gets the number of chunks of the segment.</summary>
    public int TotalChunks { get; init; }

    /// <summary>Gets the number of distinct insider ids the API has confirmed so far.</summary>
    public int ConfirmedInsiderIds { get; init; }

    /// <summary>Gets the number of distinct insider ids in the segment.</summary>
    public int TotalInsiderIds { get; init; }
}
