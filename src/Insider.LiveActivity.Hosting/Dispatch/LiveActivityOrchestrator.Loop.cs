// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The dispatcher: one loop that owns every queue. Writers (the API methods and finished requests) only mark an activity dirty and
/// wake the loop; the loop computes each dirty activity's next work, moves due work to the ready queue of its kind, and hands the
/// most urgent ready work to the client while the kind has fewer than <see cref="LiveActivityOrchestratorOptions.MaxConcurrentRequestsPerEndpoint"/>
/// requests out, one per <c>Window / (PermitLimit × BudgetShare)</c> per endpoint (evenly spaced, so no minute of any alignment holds more
/// than the limit), each also passing the client's rate limiter. It sleeps on a timer of the
/// <see cref="TimeProvider"/> until the next due time.
/// </summary>
public sealed partial class LiveActivityOrchestrator
{
    private static readonly WorkKind[] BudgetKinds = [WorkKind.End, WorkKind.Start, WorkKind.Register, WorkKind.Update];
    private static readonly TimeSpan MaxSlotLag = TimeSpan.FromSeconds(1);

    private readonly object _loopGate = new();
    private readonly ITimer _timer;
    private readonly EndScheduler _ends;
    private readonly ConcurrentQueue<ActivityEntry> _dirty = new();
    private readonly PriorityQueue<(ActivityEntry Entry, long Version), DateTimeOffset> _timed = new();
    private readonly PriorityQueue<(ActivityEntry Entry, long Version), DateTimeOffset>[] _ready = [new(), new(), new(), new()];
    private readonly SortedSet<(DateTimeOffset EndsAt, string Key)> _open = [];
    private readonly HashSet<string> _openKeys = new(StringComparer.Ordinal);
    private readonly int[] _inFlightByKind = new int[7];
    private readonly DateTimeOffset[] _nextSlot = new DateTimeOffset[4];
    private readonly bool[] _backlog = new bool[4];
    private readonly TimeSpan _spacing;
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _signaled;
    private int _inFlight;
    private volatile bool _parked;
    private volatile bool _stopped;
    private Task? _loop;
    private bool _disposed;
    private long _pausedUntilTicks;

    /// <summary>Gets a value indicating whether the dispatcher has nothing to do until the clock moves: parked, not woken, no request out.</summary>
    internal bool IsIdle => (_stopped || (_parked && Volatile.Read(ref _signaled) == 0)) && Volatile.Read(ref _inFlight) == 0;

    /// <summary>Gets a value indicating whether the loop is parked and not woken (requests may still be out).</summary>
    internal bool IsParked => _parked && Volatile.Read(ref _signaled) == 0;

    /// <summary>Gets when the parked dispatcher runs next, or <see langword="null"/> when only a writer can wake it.</summary>
    internal DateTimeOffset? NextWakeAt { get; private set; }

    /// <summary>Gets the number of requests (and local steps) out.</summary>
    internal int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Stops dispatching, lets the requests out finish (until <paramref name="cancellationToken"/> fires, then cancels them).</summary>
    /// <param name="cancellationToken">Fires when the stop must end; the requests still out are cancelled and settled after the next start.</param>
    /// <returns>A task that completes when the dispatcher stopped.</returns>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        Task? loop;
        lock (_loopGate)
        {
            _disposed = true;
            loop = _loop;
        }

        Wake();
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        using (cancellationToken.Register(static s => ((CancellationTokenSource)s!).Cancel(), _shutdown))
        {
            try
            {
                await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The requests still out were cancelled: their intents stay recorded and are settled after the next start.
            }
        }

        await ReleaseLeasesAsync(cancellationToken).ConfigureAwait(false);

        OrchestratorTelemetry.Untrack(this);
    }

    /// <summary>Stops at once, without waiting for the requests out (their intents stay recorded and are settled by the next start).</summary>
    /// <returns>A task that completes when the loop stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_loopGate)
        {
            _disposed = true;
            loop = _loop;
        }

        await _shutdown.CancelAsync().ConfigureAwait(false);
        Wake();
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        await _timer.DisposeAsync().ConfigureAwait(false);
        OrchestratorTelemetry.Untrack(this);
    }

    private void MarkDirty(ActivityEntry entry)
    {
        _dirty.Enqueue(entry);
        Wake();
    }

    private void Wake()
    {
        Volatile.Write(ref _signaled, 1);
        Volatile.Read(ref _signal).TrySetResult();
    }

    private async Task RunLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_loopGate)
            {
                if (_disposed || cancellationToken.IsCancellationRequested)
                {
                    _parked = true;
                    _stopped = true;
                    return;
                }
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _signal, signal);
            Volatile.Write(ref _signaled, 0);
            var next = Step(_time.GetUtcNow());
            if (Volatile.Read(ref _signaled) == 1)
            {
                continue;
            }

            NextWakeAt = next;
            if (next is { } due)
            {
                var wait = due - _time.GetUtcNow();
                _timer.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }

            // A stop sets _disposed before it wakes the loop: checked again here, a stop that came after the check at the top (its
            // wake-up then completing the previous signal) is not missed, and a later one completes this signal.
            lock (_loopGate)
            {
                if (_disposed || cancellationToken.IsCancellationRequested)
                {
                    continue;
                }
            }

            _parked = true;
            await signal.Task.ConfigureAwait(false);
            _parked = false;
        }
    }

    /// <summary>One pass: reschedules the dirty activities, releases due work and dispatches it. Returns when to run again.</summary>
    private DateTimeOffset? Step(DateTimeOffset now)
    {
        while (_dirty.TryDequeue(out var entry))
        {
            Reschedule(entry, now, force: false);
        }

        while (_timed.TryPeek(out var item, out var due) && due <= now)
        {
            _timed.Dequeue();
            if (item.Version == item.Entry.Version)
            {
                Reschedule(item.Entry, now, force: true);
            }
        }

        while (_open.Count > 0 && _open.Min.EndsAt <= now)
        {
            var (_, key) = _open.Min;
            _open.Remove(_open.Min);
            _openKeys.Remove(key);
            if (_entries.TryGetValue(key, out var expiring))
            {
                Reschedule(expiring, now, force: true);
            }
        }

        while (_ends.TryRelease(now, out var released))
        {
            if (_entries.TryGetValue(released, out var ending))
            {
                ending.EndReleased = true;
                Reschedule(ending, now, force: true);
            }
        }

        var leaseRoundAt = ScheduleLeaseRound(now);
        var pausedUntil = PausedUntil;
        var paused = pausedUntil > now;
        if (!paused)
        {
            foreach (var kind in BudgetKinds)
            {
                DispatchReady(kind, now);
            }
        }

        DateTimeOffset? wake = paused ? pausedUntil : null;
        foreach (var kind in BudgetKinds)
        {
            _backlog[(int)kind] = _ready[(int)kind].Count > 0;
            if (!paused && _ready[(int)kind].Count > 0 && _nextSlot[(int)kind] > now)
            {
                wake = Earliest(wake, _nextSlot[(int)kind]);
            }
        }

        wake = Earliest(wake, leaseRoundAt);
        wake = Earliest(wake, _timed.TryPeek(out _, out var nextDue) ? nextDue : null);
        wake = Earliest(wake, _ends.ReleaseAt);
        return Earliest(wake, _open.Count > 0 ? _open.Min.EndsAt : null);
    }

    /// <summary>Gets or sets the end of the pause after a 401 or 403 (written by requests, read by the loop).</summary>
    private DateTimeOffset PausedUntil
    {
        get => new(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _pausedUntilTicks, value.UtcTicks);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);

    private void DispatchReady(WorkKind kind, DateTimeOffset now)
    {
        var ready = _ready[(int)kind];
        while (_nextSlot[(int)kind] <= now
            && Volatile.Read(ref _inFlightByKind[(int)kind]) < _options.MaxConcurrentRequestsPerEndpoint
            && ready.TryDequeue(out var item, out _))
        {
            var entry = item.Entry;
            if (item.Version != entry.Version || entry.InFlight)
            {
                continue;
            }

            if (entry.Record.EndsAt <= now)
            {
                Reschedule(entry, now, force: true);
                continue;
            }

            if (!MaySend(entry, now))
            {
                continue;
            }

            // Evenly spaced. While work waited, a slot missed by less than MaxSlotLag (the loop woke late) may still be used;
            // after an idle spell the first request opens a new series at now, so idleness never turns into a burst.
            var floor = _backlog[(int)kind] ? now - MaxSlotLag : now;
            var slot = _nextSlot[(int)kind] > floor ? _nextSlot[(int)kind] : floor;
            _nextSlot[(int)kind] = slot + _spacing;
            Launch(entry, kind);
        }
    }

    private void Launch(ActivityEntry entry, WorkKind kind)
    {
        entry.InFlight = true;
        entry.Version++;
        entry.Queued = (WorkKind.None, default, default);
        Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _inFlightByKind[(int)kind]);
        Track(Task.Run(() => ExecuteAsync(entry, kind), CancellationToken.None));
    }

    /// <summary>Keeps a running task until it ends, so that a graceful stop can wait for it.</summary>
    private void Track(Task task)
    {
        _running.TryAdd(task, 0);
        task.ContinueWith(static (t, s) => ((ConcurrentDictionary<Task, byte>)s!).TryRemove(t, out _), _running, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
