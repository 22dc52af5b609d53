// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Threading.RateLimiting;

namespace Insider.LiveActivity;

/// <summary>
/// A sliding-window <see cref="RateLimiter"/> (the window split into segments; a permit returns when its segment leaves
/// the window) whose every tick comes from a <see cref="TimeProvider"/>, so that a test clock drives it exactly.
/// (System.Threading.RateLimiting's own sliding window measures its ticks with the wall clock, even when replenished by hand.)
/// Waiters are served oldest first; a cancelled waiter leaves the queue.
/// </summary>
internal sealed class ClockSlidingWindowRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Acquired = new Lease(isAcquired: true);
    private static readonly RateLimitLease Rejected = new Lease(isAcquired: false);

    private readonly object _gate = new();
    private readonly int _permitLimit;
    private readonly int _queueLimit;
    private readonly int[] _usedPerSegment;
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _timer;
    private int _segment;
    private int _available;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public ClockSlidingWindowRateLimiter(int permitLimit, TimeSpan window, int segments, int queueLimit, TimeProvider timeProvider)
    {
        _permitLimit = permitLimit;
        _available = permitLimit;
        _queueLimit = queueLimit;
        _usedPerSegment = new int[segments];
        var period = TimeSpan.FromTicks(Math.Max(1, window.Ticks / segments));
        _timer = timeProvider.CreateTimer(static state => ((ClockSlidingWindowRateLimiter)state!).Slide(), this, period, period);
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _available,
                CurrentQueuedCount = _queue.Count,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            return TryTake() ? Acquired : Fail();
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            if (TryTake())
            {
                return new ValueTask<RateLimitLease>(Acquired);
            }

            if (_disposed || _queue.Count >= _queueLimit)
            {
                return new ValueTask<RateLimitLease>(Fail());
            }

            waiter = new Waiter();
            waiter.Node = _queue.AddLast(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(
                static state =>
                {
                    var (limiter, w, token) = ((ClockSlidingWindowRateLimiter, Waiter, CancellationToken))state!;
                    limiter.Cancel(w, token);
                },
                (this, waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Task);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            abandoned = [.. _queue];
            _queue.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in abandoned)
        {
            waiter.Registration.Dispose();
            waiter.TrySetResult(Rejected);
        }
    }

    /// <summary>Moves the window one segment on: the permits used in the segment that leaves it come back, and waiters are served.</summary>
    private void Slide()
    {
        List<Waiter>? served = null;
        lock (_gate)
        {
            _segment = (_segment + 1) % _usedPerSegment.Length;
            _available += _usedPerSegment[_segment];
            _usedPerSegment[_segment] = 0;
            while (_queue.First is { } first && _available > 0)
            {
                _queue.RemoveFirst();
                _available--;
                _usedPerSegment[_segment]++;
                _successful++;
                (served ??= []).Add(first.Value);
            }
        }

        if (served is not null)
        {
            foreach (var waiter in served)
            {
                waiter.Registration.Dispose();
                if (!waiter.TrySetResult(Acquired))
                {
                    lock (_gate)
                    {
                        // Cancelled in the meantime: the permit was not used.
                        _available++;
                        _usedPerSegment[_segment]--;
                        _successful--;
                    }
                }
            }
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _queue.Remove(waiter.Node);
        }

        waiter.TrySetCanceled(token);
    }

    private bool TryTake()
    {
        if (_disposed || _available == 0 || _queue.Count > 0)
        {
            return false;
        }

        _available--;
        _usedPerSegment[_segment]++;
        _successful++;
        return true;
    }

    private RateLimitLease Fail()
    {
        _failed++;
        return Rejected;
    }

    private sealed class Waiter() : TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool isAcquired) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
