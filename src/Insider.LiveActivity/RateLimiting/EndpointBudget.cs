// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Threading.RateLimiting;

namespace Insider.LiveActivity;

/// <summary>
/// The budget of one endpoint for one partition: a sliding window of permits (ten segments per window, replenished by a
/// timer of the context's clock) and a shared pause that every caller waits out after a 429.
/// </summary>
internal sealed class EndpointBudget : IDisposable
{
    private const int SegmentsPerWindow = 10;

    private readonly SlidingWindowRateLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _window;
    private readonly object _gate = new();
    private readonly ITimer _replenishTimer;
    private DateTimeOffset _pausedUntil;
    private int _consecutiveRateLimits;

    public EndpointBudget(LiveActivityRateLimitContext context)
    {
        _timeProvider = context.TimeProvider;
        _baseDelay = context.BaseDelay;
        _window = context.Window;
        _limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = context.PermitLimit,
            Window = context.Window,
            SegmentsPerWindow = SegmentsPerWindow,
            QueueLimit = context.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        });
        var period = TimeSpan.FromTicks(Math.Max(1, context.Window.Ticks / SegmentsPerWindow));
        _replenishTimer = _timeProvider.CreateTimer(static state => ((SlidingWindowRateLimiter)state!).TryReplenish(), _limiter, period, period);
    }

    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var pause = PauseRemaining();
            if (pause <= TimeSpan.Zero)
            {
                break;
            }

#if NET8_0_OR_GREATER
            await Task.Delay(pause, _timeProvider, cancellationToken).ConfigureAwait(false);
#else
            await _timeProvider.Delay(pause, cancellationToken).ConfigureAwait(false);
#endif
        }

        return await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }

    public void OnResponse(HttpStatusCode? statusCode, TimeSpan? retryAfter)
    {
        if (statusCode is null)
        {
            return;
        }

        lock (_gate)
        {
            if ((int)statusCode != 429)
            {
                _consecutiveRateLimits = 0;
                return;
            }

            _consecutiveRateLimits++;
            var pause = retryAfter ?? Backoff(_consecutiveRateLimits);
            if (pause > _window)
            {
                pause = _window;
            }

            var until = _timeProvider.GetUtcNow() + pause;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    public void Dispose()
    {
        _replenishTimer.Dispose();
        _limiter.Dispose();
    }

    private TimeSpan Backoff(int consecutive)
    {
        var ticks = _baseDelay.Ticks * Math.Pow(2, Math.Min(consecutive - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(ticks, _window.Ticks));
    }

    private TimeSpan PauseRemaining()
    {
        lock (_gate)
        {
            return _pausedUntil - _timeProvider.GetUtcNow();
        }
    }
}
