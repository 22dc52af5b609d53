// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// Everything the orchestrator stores about one activity: the plan, the one pending state, the intent of a request in flight and
/// the results. A store keeps records whole and hands them back unchanged; <see cref="Revision"/> makes every write conditional.
/// </summary>
public sealed record LiveActivityRecord
{
    /// <summary>Gets the caller's key (the store's primary key).</summary>
    public required string Key { get; init; }

    /// <summary>Gets the revision: 1 when added, one more on every save. A save succeeds only over the revision before it (a fencing token).</summary>
    public long Revision { get; init; }

    /// <summary>Gets the state.</summary>
    public LiveActivityState State { get; init; }

    /// <summary>Gets the ActivityKit attributes type.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the insider ids still to register (emptied once the activity is registered, so a record stays small).</summary>
    public IReadOnlyList<string> InsiderIds { get; init; } = [];

    /// <summary>Gets when the plan was accepted.</summary>
    public DateTimeOffset PlannedAt { get; init; }

    /// <summary>Gets when <c>/start</c> is due.</summary>
    public DateTimeOffset StartAt { get; init; }

    /// <summary>Gets the activity's <c>ends_at</c>.</summary>
    public DateTimeOffset EndsAt { get; init; }

    /// <summary>Gets the content of <c>/start</c>.</summary>
    public required LiveActivityContent StartContent { get; init; }

    /// <summary>Gets the content of the automatic end, or <see langword="null"/>.</summary>
    public LiveActivityContent? FinalContent { get; init; }

    /// <summary>Gets the target devices, or <see langword="null"/> for every eligible device.</summary>
    public IReadOnlyList<TargetDevice>? TargetDevices { get; init; }

    /// <summary>Gets the activity id from <c>/register</c>, or <see langword="null"/>.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Gets when <c>/start</c> landed, or <see langword="null"/>.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets the latest published state not delivered yet, or <see langword="null"/>.</summary>
    public LiveActivityContent? PendingContent { get; init; }

    /// <summary>Gets the number of the latest published state (one more per publish).</summary>
    public long PendingSequence { get; init; }

    /// <summary>Gets the number of the latest delivered state.</summary>
    public long DeliveredSequence { get; init; }

    /// <summary>Gets since when the devices show a state older than the latest published one, or <see langword="null"/>.</summary>
    public DateTimeOffset? StaleSince { get; init; }

    /// <summary>Gets the latest published state, delivered or not (the automatic end's content when there is no <see cref="FinalContent"/>).</summary>
    public LiveActivityContent? LatestContent { get; init; }

    /// <summary>Gets when the caller last published a state, or <see langword="null"/>.</summary>
    public DateTimeOffset? LastPublishedAt { get; init; }

    /// <summary>Gets when the last <c>/start</c> or <c>/update</c> was delivered, or <see langword="null"/>.</summary>
    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>Gets the content of the end once decided (the caller's, or the automatic one), or <see langword="null"/>.</summary>
    public LiveActivityContent? EndContent { get; init; }

    /// <summary>Gets when the caller asked to end the activity, or <see langword="null"/>.</summary>
    public DateTimeOffset? EndRequestedAt { get; init; }

    /// <summary>Gets the request recorded as about to be sent and not settled yet, or <see langword="null"/>.</summary>
    public LiveActivityOperation? Intent { get; init; }

    /// <summary>Gets how many times the <see cref="Intent"/> was recorded: above 1, an earlier send may have landed.</summary>
    public int IntentAttempts { get; init; }

    /// <summary>Gets the number of effective <c>/start</c> calls.</summary>
    public int Starts { get; init; }

    /// <summary>Gets the number of delivered <c>/update</c> calls.</summary>
    public int Updates { get; init; }

    /// <summary>Gets the number of effective <c>/end</c> calls.</summary>
    public int Ends { get; init; }

    /// <summary>Gets the last error that concerned this activity, or <see langword="null"/>.</summary>
    public string? LastError { get; init; }

    /// <summary>Gets a value indicating whether the record reached a terminal state (<see cref="LiveActivityState.Ended"/>, <see cref="LiveActivityState.Expired"/> or <see cref="LiveActivityState.Failed"/>).</summary>
    public bool IsClosed => State is LiveActivityState.Ended or LiveActivityState.Expired or LiveActivityState.Failed;

    /// <summary>Gets a value indicating whether a published state waits to be sent.</summary>
    public bool HasPendingUpdate => PendingSequence > DeliveredSequence;

    /// <summary>Gets the public status of the record.</summary>
    /// <returns>The status.</returns>
    public LiveActivityStatus ToStatus() => new()
    {
        Key = Key,
        State = State,
        ActivityId = ActivityId,
        StartAt = StartAt,
        EndsAt = EndsAt,
        LastPublishedAt = LastPublishedAt,
        LastSentAt = LastSentAt,
        HasPendingUpdate = HasPendingUpdate && !IsClosed,
        Starts = Starts,
        Updates = Updates,
        Ends = Ends,
        LastError = LastError,
    };
}
