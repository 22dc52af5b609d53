// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The delay before a retry: the server's <c>Retry-After</c> when it sent one (capped), otherwise
/// <c>BaseDelay × 2^n</c> (1 s, 2 s, 4 s, 8 s by default) capped at <c>MaxDelay</c>, spread over ±20 % when jitter is on.
/// </summary>
internal sealed class BackoffCalculator(LiveActivityRetryOptions options)
{
    private const double JitterSpread = 0.2;

    private readonly TimeSpan _baseDelay = options.BaseDelay;
    private readonly TimeSpan _maxDelay = options.MaxDelay;
    private readonly TimeSpan _maxRetryAfter = options.MaxRetryAfter;
    private readonly bool _useJitter = options.UseJitter;

    /// <param name="retryIndex">0 for the first retry.</param>
    /// <param name="retryAfter">The server's Retry-After, if any.</param>
    public TimeSpan Next(int retryIndex, TimeSpan? retryAfter)
    {
        if (retryAfter is { } requested)
        {
            return requested < TimeSpan.Zero ? TimeSpan.Zero : (requested > _maxRetryAfter ? _maxRetryAfter : requested);
        }

        var factor = Math.Pow(2, Math.Min(retryIndex, 30));
        var ticks = Math.Min(_baseDelay.Ticks * factor, _maxDelay.Ticks);
        if (_useJitter)
        {
            ticks *= 1 - JitterSpread + (2 * JitterSpread * NextDouble());
            ticks = Math.Min(ticks, _maxDelay.Ticks);
        }

        return TimeSpan.FromTicks((long)ticks);
    }

#if NET6_0_OR_GREATER
    private static double NextDouble() => Random.Shared.NextDouble();
#else
    [ThreadStatic]
    private static Random? t_random;

    private static double NextDouble() => (t_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
#endif
}
