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
/// </summary>
internal static class LiveActivityPipelineFactory
{
#if NET5_0_OR_GREATER
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "AddStrategy validates RateLimitStageOptions with data annotations; that type declares none, so trimming cannot remove anything it needs.")]
#endif
    public static ResiliencePipeline<AttemptOutcome> Create(
        bool retries,
        LiveActivityOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        RateLimitStage? rateLimitStage)
    {
        var builder = new ResiliencePipelineBuilder<AttemptOutcome> { Name = "Insider.LiveActivity", TimeProvider = timeProvider };
        if (retries && options.Retry.MaxRetries > 0)
        {
            var backoff = new BackoffCalculator(options.Retry);
            builder.AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                MaxRetryAttempts = options.Retry.MaxRetries,
                ShouldHandle = static args => new ValueTask<bool>(ShouldRetry(args.Outcome)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    rateLimitStage is not null && args.Outcome.Result?.Status == (HttpStatusCode)429
                        ? TimeSpan.Zero // the rate budget pauses the endpoint for every caller; waiting here too would double the wait
                        : backoff.Next(args.AttemptNumber, args.Outcome.Result?.RetryAfter)),
                OnRetry = args =>
                {
                    LogRetry(logger, args);
                    return default;
                },
            });
        }

        if (rateLimitStage is not null)
        {
            builder.AddStrategy(_ => rateLimitStage, new RateLimitStageOptions());
        }

        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.Timeout);
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
        var error = result?.Envelope?.Error ?? args.Outcome.Exception?.Message ?? result?.Cause?.Message;
        Log.AttemptFailed(logger, call.Endpoint.DisplayName(), args.AttemptNumber + 1, (int?)result?.Status, result?.ErrorCode, error, call.ActivityId, call.LastAttemptAt, args.RetryDelay);
    }
}
