// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Threading.RateLimiting;
using Polly;

namespace Insider.LiveActivity;

/// <summary>
/// The pipeline stage between the retry and the per-attempt timeout: every attempt waits here for rate budget
/// (so queueing never counts against the timeout) and reports its status back, so that a 429 pauses the endpoint.
/// </summary>
internal sealed class RateLimitStage(ILiveActivityRateLimiter limiter, LiveActivityRateLimitContext[] contexts, TimeProvider timeProvider)
    : ResilienceStrategy<AttemptOutcome>
{
#if NET6_0_OR_GREATER
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    protected override async ValueTask<Outcome<AttemptOutcome>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<AttemptOutcome>>> callback,
        ResilienceContext context,
        TState state)
    {
        var call = context.Properties.GetValue(CallState.Key, null!);
        var budget = contexts[(int)call.Endpoint];
        var queuedAt = timeProvider.GetTimestamp();
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(budget, context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A limiter that cannot check its budget (e.g. a shared store that is unreachable): the call fails without being sent.
            return Outcome.FromException<AttemptOutcome>(e);
        }

        using (lease)
        {
            if (LiveActivityTelemetry.QueueDuration.Enabled)
            {
                LiveActivityTelemetry.QueueDuration.Record(
                    timeProvider.GetElapsedTime(queuedAt).TotalSeconds,
                    new KeyValuePair<string, object?>(TelemetryTags.Endpoint, call.Endpoint.DisplayName()));
            }

            if (!lease.IsAcquired)
            {
                return Outcome.FromResult(AttemptOutcome.QueueFull());
            }

            var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
            var result = outcome.Result;
            limiter.OnResponse(budget, result?.Status, result?.RetryAfter);
            return outcome;
        }
    }
}
