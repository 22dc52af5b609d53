// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Threading.RateLimiting;

namespace Insider.LiveActivity;

/// <summary>
/// The budget of one endpoint for one partition: a sliding window of permits (ten segments per window, slid by a
/// timer of the context's clock) and a shared pause that every caller waits out after a 429: the server's Retry-After
/// (capped at <see cref="LiveActivityRetryOptions.MaxRetryAfter"/>), else a backoff from <see cref="LiveActivityRetryOptions.BaseDelay"/>
/// that doubles with each consecutive 429, capped at the window and at <see cref="LiveActivityRetryOptions.MaxDelay"/>.
/// </summary>
internal sealed class EndpointBudget : IDisposable
{
    private const int SegmentsPerWindow = 10;

    private readonly ClockSlidingWindowRateLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxBackoff;
    private readonly TimeSpan _maxRetryAfter;
    private readonly object _gate = new();
    private DateTimeOffset _pausedUntil;
    private int _consecutiveRateLimits;

    public EndpointBudget(LiveActivityRateLimitContext context)
    {
        _timeProvider = context.TimeProvider;
        _baseDelay = context.BaseDelay;
        _maxBackoff = context.MaxBackoff;
        _maxRetryAfter = context.MaxRetryAfter;
        _limiter = new ClockSlidingWindowRateLimiter(context.PermitLimit, context.Window, SegmentsPerWindow, context.QueueLimit, _timeProvider);
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
            var pause = retryAfter is { } requested
                ? (requested > _maxRetryAfter ? _maxRetryAfter : requested)
                : Backoff(_consecutiveRateLimits);

            var until = _timeProvider.GetUtcNow() + pause;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>Gets the number of calls waiting for a permit.</summary>
    public long QueuedCount => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    public void Dispose()
    {
        _limiter.Dispose();
    }

    private TimeSpan Backoff(int consecutive)
    {
        var ticks = _baseDelay.Ticks * Math.Pow(2, Math.Min(consecutive - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(ticks, _maxBackoff.Ticks));
    }

    private TimeSpan PauseRemaining()
    {
        lock (_gate)
        {
            return _pausedUntil - _timeProvider.GetUtcNow();
        }
    }
}
