// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Insider.LiveActivity;

/// <summary>
/// Builds the stages every call runs through: retry (idempotent endpoints only) → rate budget (per attempt, outside the
/// timeout so queueing never counts against it) → per-attempt timeout → the HTTP exchange (which opens the attempt's span).
/// The retry is a pipeline of its own around the attempt pipeline, and a call enters it only once its first attempt ended
/// with an outcome the retry table handles: that first outcome is handed to the retry as its first attempt's result, so
/// the delays, the attempt count, the logs and the spans are those of one retry strategy around every attempt, while a
/// call whose first attempt succeeds (nearly all of them) never pays for the retry strategy.
/// </summary>
internal static class LiveActivityPipelineFactory
{
    /// <summary>Creates the retry stage, or <see langword="null"/> when <see cref="LiveActivityRetryOptions.MaxRetries"/> is 0.</summary>
    public static ResiliencePipeline<AttemptOutcome>? CreateRetry(LiveActivityOptions options, TimeProvider timeProvider, ILogger logger, bool rateLimited)
    {
        if (options.Retry.MaxRetries <= 0)
        {
            return null;
        }

        var backoff = new BackoffCalculator(options.Retry);
        return new ResiliencePipelineBuilder<AttemptOutcome> { Name = "Insider.LiveActivity", TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                MaxRetryAttempts = options.Retry.MaxRetries,
                ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    rateLimited && args.Outcome.Result?.Status == (HttpStatusCode)429
                        ? TimeSpan.Zero // the rate budget pauses the endpoint for every caller; waiting here too would double the wait
                        : backoff.Next(args.AttemptNumber, args.Outcome.Result?.RetryAfter)),
                OnRetry = args =>
                {
                    LogRetry(logger, args);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Creates the stages of one attempt: the rate budget (when enabled), then the per-attempt timeout (unless infinite).</summary>
#if NET5_0_OR_GREATER
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "AddStrategy validates the stage options with data annotations; those types declare none, so trimming cannot remove anything it needs.")]
#endif
    public static ResiliencePipeline<AttemptOutcome> CreateAttempt(LiveActivityOptions options, TimeProvider timeProvider, RateLimitStage? rateLimitStage)
    {
        var builder = new ResiliencePipelineBuilder<AttemptOutcome> { Name = "Insider.LiveActivity", TimeProvider = timeProvider };
        if (rateLimitStage is not null)
        {
            builder.AddStrategy(_ => rateLimitStage, new RateLimitStageOptions());
        }

        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            var timeout = options.Timeout;
            builder.AddStrategy(_ => new AttemptTimeoutStage(timeout, timeProvider), new AttemptTimeoutStageOptions());
        }

        return builder.Build();
    }

    /// <summary>The retry table: 429, 502, 503, 412 PUSH_TOKEN_NOT_SYNCED, transport failures and timeouts.</summary>
    internal static bool ShouldRetry(Outcome<AttemptOutcome> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is TimeoutRejectedException;
        }

        var attempt = outcome.Result!;
        return attempt.Failure switch
        {
            AttemptFailure.Transport => true,
            AttemptFailure.ErrorStatus => (int)attempt.Status!.Value is 429 or 502 or 503
                || (attempt.Status == (HttpStatusCode)412 && attempt.ErrorCode == LiveActivityErrorCodes.PushTokenNotSynced),
            _ => false,
        };
    }

    private static void LogRetry(ILogger logger, OnRetryArguments<AttemptOutcome> args)
    {
        if (!logger.IsEnabled(LogLevel.Warning) || !args.Context.Properties.TryGetValue(CallState.Key, out var call))
        {
            return;
        }

        var result = args.Outcome.Result;
        Log.AttemptFailed(logger, call.Endpoint.DisplayName(), args.AttemptNumber + 1, (int?)result?.Status, result?.ErrorCode, ExceptionMapper.ErrorText(args.Outcome), call.ActivityId, call.LastAttemptAt, args.RetryDelay);
    }
}
