// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>A manual clock: time moves only through <see cref="Advance"/>, which fires due timers synchronously.</summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now = start;
    private TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _timerDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

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

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Completes when a timer is created (e.g. a delay fault starts waiting), or at once if one is active.</summary>
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

    public void Advance(TimeSpan by)
    {
        List<FakeTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        TaskCompletionSource created;
        lock (_gate)
        {
            _timers.Add(timer);
            created = _timerCreated;
            _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        created.TrySetResult();
        return timer;
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
            }

            return true;
        }

        public void Fire()
        {
            lock (owner._gate)
            {
                if (DueAt is null || DueAt > owner._now)
                {
                    return;
                }

                DueAt = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? owner._now + _period : null;
            }

            callback(state);
        }

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
            return ValueTask.CompletedTask;
        }
    }
}
