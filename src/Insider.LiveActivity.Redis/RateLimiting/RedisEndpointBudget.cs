// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Threading.RateLimiting;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// This process's side of one shared budget (one API key digest and endpoint). A call first asks Redis for a permit; when none is
/// free it joins this process's queue (at most <see cref="LiveActivityRateLimitContext.QueueLimit"/> waiters, oldest first), and
/// one pump serves the queue: it asks Redis for as many permits as there are waiters, hands them out in order, and sleeps on the
/// context's clock for as long as Redis says the next permit (or the end of a 429 pause) is away.
/// </summary>
internal sealed class RedisEndpointBudget : IDisposable
{
    private readonly object _gate = new();
    private readonly LinkedList<Waiter> _queue = new();
    private readonly BudgetStore _store;
    private readonly BudgetKeys _keys;
    private readonly LiveActivityRateLimitContext _context;
    private readonly TimeProvider _clock;
    private readonly bool _useRedisTime;
    private readonly CancellationTokenSource _disposed = new();
    private DateTimeOffset _pausedUntil;
    private bool _pumping;
    private int _consecutiveRateLimits;

    public RedisEndpointBudget(BudgetStore store, BudgetKeys keys, LiveActivityRateLimitContext context)
    {
        _store = store;
        _keys = keys;
        _context = context;
        _clock = context.TimeProvider;
        _useRedisTime = ReferenceEquals(_clock, TimeProvider.System);
    }

    /// <summary>Gets the number of calls of this process waiting for a permit.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        bool direct;
        lock (_gate)
        {
            direct = _queue.Count == 0 && !_pumping && _pausedUntil <= _clock.GetUtcNow();
        }

        if (direct && !_disposed.IsCancellationRequested)
        {
            var (granted, _) = await _store.AcquireAsync(_keys, _context, 1, Now()).ConfigureAwait(false);
            if (granted == 1)
            {
                return Leases.Acquired;
            }
        }

        Waiter waiter;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested || _queue.Count >= _context.QueueLimit)
            {
                return Leases.Rejected;
            }

            waiter = new Waiter();
            waiter.Node = _queue.AddLast(waiter);
            if (!_pumping)
            {
                _pumping = true;
                _ = Task.Run(PumpAsync, CancellationToken.None);
            }
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(
                static state =>
                {
                    var (budget, w, token) = ((RedisEndpointBudget, Waiter, CancellationToken))state!;
                    budget.Cancel(w, token);
                },
                (this, waiter, cancellationToken));
        }

        return await waiter.Task.ConfigureAwait(false);
    }

    /// <summary>Reports how an attempt ended: a 429 pauses the endpoint for the fleet (in Redis) and at once for this process.</summary>
    public async Task OnResponseAsync(HttpStatusCode? statusCode, TimeSpan? retryAfter)
    {
        if (statusCode is null)
        {
            return;
        }

        if ((int)statusCode != 429)
        {
            if (Interlocked.Exchange(ref _consecutiveRateLimits, 0) > 0)
            {
                await _store.ResetConsecutiveAsync(_keys).ConfigureAwait(false);
            }

            return;
        }

        var consecutive = Interlocked.Increment(ref _consecutiveRateLimits);
        PauseFor(retryAfter is { } requested ? Min(requested, _context.MaxRetryAfter) : Backoff(consecutive));
        var (_, pause) = await _store.ReportRateLimitedAsync(_keys, _context, retryAfter, Now()).ConfigureAwait(false);
        PauseFor(pause);
    }

    public void Dispose()
    {
        List<Waiter> abandoned;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _disposed.Cancel();
            abandoned = [.. _queue];
            _queue.Clear();
        }

        foreach (var waiter in abandoned)
        {
            waiter.Registration.Dispose();
            waiter.TrySetResult(Leases.Rejected);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private async Task PumpAsync()
    {
        var token = _disposed.Token;
        try
        {
            while (true)
            {
                int wanted;
                TimeSpan pause;
                lock (_gate)
                {
                    wanted = _queue.Count;
                    if (wanted == 0 || token.IsCancellationRequested)
                    {
                        _pumping = false;
                        return;
                    }

                    pause = _pausedUntil - _clock.GetUtcNow();
                }

                if (pause > TimeSpan.Zero)
                {
                    await Delay(pause, token).ConfigureAwait(false);
                    continue;
                }

                var (granted, wait) = await _store.AcquireAsync(_keys, _context, wanted, Now()).ConfigureAwait(false);
                Serve(granted);
                if (granted < wanted && wait > TimeSpan.Zero)
                {
                    await Delay(wait, token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Disposed: Dispose rejected the waiters.
        }
        catch (Exception e)
        {
            // Redis unreachable (or anything unexpected): every waiter of this process learns it; none hangs.
            FailAll(e);
        }
    }

    /// <summary>Hands <paramref name="granted"/> permits to the oldest waiters; a permit whose waiter was cancelled meanwhile goes to the next one.</summary>
    private void Serve(int granted)
    {
        while (granted > 0)
        {
            Waiter waiter;
            lock (_gate)
            {
                if (_queue.First is not { } first)
                {
                    return; // every waiter left: the permits stay spent (the fleet stays under the limit)
                }

                _queue.RemoveFirst();
                waiter = first.Value;
            }

            waiter.Registration.Dispose();
            if (waiter.TrySetResult(Leases.Acquired))
            {
                granted--;
            }
        }
    }

    private void FailAll(Exception error)
    {
        List<Waiter> failed;
        lock (_gate)
        {
            failed = [.. _queue];
            _queue.Clear();
            _pumping = false;
        }

        foreach (var waiter in failed)
        {
            waiter.Registration.Dispose();
            waiter.TrySetException(error);
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

    private void PauseFor(TimeSpan pause)
    {
        var until = _clock.GetUtcNow() + pause;
        lock (_gate)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private TimeSpan Backoff(int consecutive)
    {
        var ticks = _context.BaseDelay.Ticks * Math.Pow(2, Math.Min(consecutive - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(ticks, _context.MaxBackoff.Ticks));
    }

    /// <summary>The time the scripts use: <see langword="null"/> (Redis's own clock) for the system clock, else the context's clock (a test's), in Unix microseconds (about 1.8e15: exact in the doubles Lua computes with).</summary>
    private long? Now() => _useRedisTime ? null : (_clock.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, _clock, cancellationToken);

    private sealed class Waiter() : TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }
}
