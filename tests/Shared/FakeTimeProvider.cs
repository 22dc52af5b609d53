// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Threading.Channels;

namespace Insider.LiveActivity.TestSupport;

/// <summary>
/// The test projects' fake clock: <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> (the clock,
/// <c>Advance</c>, <c>SetUtcNow</c> and the firing of timers all come from Microsoft.Extensions.TimeProvider.Testing).
/// This subclass only adds what that type does not offer: a test can see a timer begin or end without sleeping.
/// Every one-shot timer scheduled (a backoff wait, a pause, a per-attempt timeout) is reported through
/// <see cref="NextTimerAsync"/>; periodic timers (a rate budget's replenishment) fire on <c>Advance</c> but are not reported.
/// </summary>
public sealed class FakeTimeProvider : Microsoft.Extensions.Time.Testing.FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<ObservedTimer> _timers = [];
    private readonly Channel<TimeSpan> _scheduled = Channel.CreateUnbounded<TimeSpan>();
    private TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _timerDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Initializes a clock at 2026-05-20 10:00 UTC.</summary>
    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Initializes a clock at <paramref name="start"/>.</summary>
    public FakeTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Gets the number of one-shot timers still waiting to fire (periodic timers are not counted).</summary>
    public int PendingOneShotTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.Pending && t.Period is null);
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
                return _timers.Count(t => t.Pending);
            }
        }
    }

    /// <summary>Completes when a timer is created (e.g. a delay starts waiting), or at once if one is active.</summary>
    public Task WaitForTimerAsync()
    {
        lock (_gate)
        {
            return _timers.Any(t => t.Pending) ? Task.CompletedTask : _timerCreated.Task;
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

    /// <summary>Completes with the due time of the next one-shot timer scheduled (in order of scheduling).</summary>
    public async Task<TimeSpan> NextTimerAsync() =>
        await _scheduled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var observed = new ObservedTimer(this);
        lock (_gate)
        {
            _timers.Add(observed);
        }

        observed.Track(dueTime, period);
        observed.Inner = base.CreateTimer(
            s =>
            {
                observed.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);

        TaskCompletionSource created;
        lock (_gate)
        {
            created = _timerCreated;
            _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        created.TrySetResult();
        return observed;
    }

    /// <summary>Wraps Microsoft's timer to know whether it is pending, and to report its scheduling and disposal.</summary>
    private sealed class ObservedTimer(FakeTimeProvider owner) : ITimer
    {
        public ITimer? Inner { get; set; }

        public bool Pending { get; private set; }

        public TimeSpan? Period { get; private set; }

        public void Track(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                Pending = dueTime != Timeout.InfiniteTimeSpan;
                Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
            }

            if (dueTime != Timeout.InfiniteTimeSpan && Period is null)
            {
                owner._scheduled.Writer.TryWrite(dueTime);
            }
        }

        public void Fired()
        {
            lock (owner._gate)
            {
                Pending = Period is not null;
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Track(dueTime, period);
            return Inner!.Change(dueTime, period);
        }

        public void Dispose()
        {
            Inner?.Dispose();
            TaskCompletionSource disposed;
            lock (owner._gate)
            {
                Pending = false;
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
