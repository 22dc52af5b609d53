// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Threading.Channels;

namespace Insider.LiveActivity.TestSupport;

/// <summary>
/// The test projects' one fake clock (linked into each of them from tests/Shared; FakeTimeProvider is not in the registry here).
/// A manual clock: time moves only through <see cref="Advance"/>, which fires due timers in order. Every timer
/// scheduled once (finite due time, no period: a backoff wait, a pause or a per-attempt timeout) is also reported through
/// <see cref="NextTimerAsync"/>, so a test can see a wait begin without sleeping. Periodic timers (e.g. a rate budget's
/// replenishment) fire on <see cref="Advance"/> but are not reported.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private readonly Channel<TimeSpan> _scheduled = Channel.CreateUnbounded<TimeSpan>();
    private DateTimeOffset _now = start;
    private TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _timerDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Gets the number of one-shot timers still waiting to fire (periodic timers are not counted).</summary>
    public int PendingOneShotTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueAt is not null && t.Period is null);
            }
        }
    }

    /// <summary>Gets the number of timers still waiting to fire, periodic ones included.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    /// <summary>Completes when a timer is created (e.g. a delay starts waiting), or at once if one is active.</summary>
    public Task WaitForTimerAsync()
    {
        lock (_gate)
        {
            return _timers.Any(t => t.DueAt is not null) ? Task.CompletedTask : _timerCreated.Task;
        }
    }

    /// <summary>Completes when the next timer is disposed (e.g. a delay ends because its request was aborted).</summary>
    public Task WaitForTimerDisposedAsync()
    {
        lock (_gate)
        {
            return _timerDisposed.Task;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            _now = value;
        }
    }

    /// <summary>Completes with the due time of the next one-shot timer scheduled (in order of scheduling).</summary>
    public async Task<TimeSpan> NextTimerAsync() =>
        await _scheduled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

    /// <summary>Moves the clock forward, firing every timer that falls due on the way (outside the lock).</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            FakeTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt!.Value;
                next.DueAt = next.Period is { } period ? _now + period : null;
            }

            next.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        TaskCompletionSource created;
        lock (_gate)
        {
            created = _timerCreated;
            _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        created.TrySetResult();
        return timer;
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan? Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
            }

            if (dueTime != Timeout.InfiniteTimeSpan && Period is null)
            {
                owner._scheduled.Writer.TryWrite(dueTime);
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            TaskCompletionSource disposed;
            lock (owner._gate)
            {
                DueAt = null;
                if (!owner._timers.Remove(this))
                {
                    return;
                }

                disposed = owner._timerDisposed;
                owner._timerDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            disposed.TrySetResult();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
