// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>What the orchestrator knows about one activity, as stored.</summary>
public sealed record LiveActivityStatus
{
    /// <summary>Gets the caller's key.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the state.</summary>
    public required LiveActivityState State { get; init; }

    /// <summary>Gets the activity id returned by <c>/register</c>, or <see langword="null"/> before registration.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets when <c>/start</c> is (or was) due.</summary>
    public DateTimeOffset StartAt { get; init; }

    /// <summary>Gets the activity's <c>ends_at</c>.</summary>
    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Gets when the caller last published a state, or <see langword="null"/>.</summary>
    public DateTimeOffset? LastPublishedAt { get; init; }

    /// <summary>Gets when the last <c>/start</c> or <c>/update</c> was delivered, or <see langword="null"/>.</summary>
    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>Gets a value indicating whether a published state waits to be sent.</summary>
    public bool HasPendingUpdate { get; init; }

    /// <summary>Gets the number of effective <c>/start</c> calls (0 or 1).</summary>
    public int Starts { get; init; }

    /// <summary>Gets the number of delivered <c>/update</c> calls.</summary>
    public int Updates { get; init; }

    /// <summary>Gets the number of effective <c>/end</c> calls (0 or 1).</summary>
    public int Ends { get; init; }

    /// <summary>Gets the last error that concerned this activity, or <see langword="null"/>.</summary>
    public string? LastError { get; init; }
}
