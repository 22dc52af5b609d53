// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Threading.RateLimiting;

namespace Insider.LiveActivity;

/// <summary>
/// The client-side rate budget every attempt (retries included) passes before it is sent. The default,
/// <see cref="InProcessLiveActivityRateLimiter"/>, shares one budget per API key and endpoint within the process;
/// register another implementation in DI (before <c>AddInsiderLiveActivity</c>) to share it across processes,
/// for example through a distributed store.
/// </summary>
public interface ILiveActivityRateLimiter
{
    /// <summary>Waits until one more request to <see cref="LiveActivityRateLimitContext.Endpoint"/> fits the budget.</summary>
    /// <param name="context">The partition (base address and API key, hashed) and endpoint, with the budget's settings.</param>
    /// <param name="cancellationToken">A token that cancels the wait.</param>
    /// <returns>A lease; when <see cref="RateLimitLease.IsAcquired"/> is <see langword="false"/> the queue is full and the call fails without being sent.</returns>
    ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Reports how an attempt ended, so that a 429 pauses the endpoint for every caller: for <paramref name="retryAfter"/> when the
    /// server sent one, otherwise for a backoff that starts at <see cref="LiveActivityRateLimitContext.BaseDelay"/> and doubles with
    /// each consecutive 429, capped at the window.
    /// </summary>
    /// <param name="context">The partition and endpoint.</param>
    /// <param name="statusCode">The status of the response, or <see langword="null"/> when none arrived.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if any.</param>
    void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter);
}
