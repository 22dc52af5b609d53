using System.Net;
using System.Threading.RateLimiting;

namespace Insider.LiveActivity.Orchestration.Simulation;

/// <summary>The client's default limiter, counting the calls that wait for a permit (so the driver knows when only the clock can move things).</summary>
public sealed class CountingRateLimiter(ILiveActivityRateLimiter inner) : ILiveActivityRateLimiter
{
    private int _waiting;

    public int Waiting => Volatile.Read(ref _waiting);

    public async ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            return await inner.AcquireAsync(context, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter) =>
        inner.OnResponse(context, statusCode, retryAfter);
}
