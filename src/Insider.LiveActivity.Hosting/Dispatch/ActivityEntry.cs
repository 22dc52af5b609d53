// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The orchestrator's view of one activity: the stored record (replaced only after the store accepted its successor, under
/// <see cref="Gate"/>), and the scheduling facts that live in memory only (a restart recomputes them).
/// </summary>
internal sealed class ActivityEntry(LiveActivityRecord record) : IDisposable
{
    private volatile LiveActivityRecord _record = record;
    private LiveActivityLease? _lease;

    /// <summary>Gets or sets the record as stored.</summary>
    public LiveActivityRecord Record
    {
        get => _record;
        set => _record = value;
    }

    public string Key { get; } = record.Key;

    /// <summary>Gets or sets the lease under which this host drives the activity (a shared store only); <see langword="null"/> when not held.</summary>
    public LiveActivityLease? Lease
    {
        get => Volatile.Read(ref _lease);
        set => Volatile.Write(ref _lease, value);
    }

    /// <summary>Gets or sets a value indicating whether due work was held back because the lease was too close to its expiry.</summary>
    public volatile bool Starved;

    /// <summary>Gets the gate that serializes the writes of this activity.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Gets or sets a value indicating whether a request (or local step) of this activity runs; set and cleared by the dispatcher.</summary>
    public volatile bool InFlight;

    /// <summary>Gets or sets the earliest time of the next request after a transient failure.</summary>
    public DateTimeOffset NotBefore;

    /// <summary>Gets or sets a value indicating whether the end scheduler released the automatic end.</summary>
    public bool EndReleased;

    /// <summary>Gets or sets the version of the queue entry that is current; older entries are skipped.</summary>
    public long Version;

    /// <summary>Gets or sets what is queued: kind, due time and priority (to avoid queueing the same work twice).</summary>
    public (WorkKind Kind, DateTimeOffset Due, DateTimeOffset Priority) Queued = (WorkKind.None, default, default);

    public void Dispose() => Gate.Dispose();
}
