// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Options;

namespace Insider.LiveActivity;

/// <summary>Checks <see cref="LiveActivityOptions"/> at start-up (DI) and in the client's constructor.</summary>
internal sealed class LiveActivityOptionsValidator : IValidateOptions<LiveActivityOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, LiveActivityOptions options)
    {
        var failures = Collect(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> Collect(LiveActivityOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("LiveActivityOptions.ApiKey is required: set it to the Insider API key renewed for Live Activities.");
        }

        var baseAddress = options.BaseAddress;
        if (baseAddress is null || !baseAddress.IsAbsoluteUri)
        {
            failures.Add($"LiveActivityOptions.BaseAddress must be an absolute URI (got '{baseAddress}').");
        }
        else if (baseAddress.Scheme != Uri.UriSchemeHttps && !(baseAddress.Scheme == Uri.UriSchemeHttp && baseAddress.IsLoopback))
        {
            failures.Add($"LiveActivityOptions.BaseAddress must use https unless it is a loopback address, so that the API key never travels in clear (got '{baseAddress}').");
        }

        if (options.Timeout != System.Threading.Timeout.InfiniteTimeSpan && (options.Timeout < MinTimeout || options.Timeout > MaxTimeout))
        {
            failures.Add($"LiveActivityOptions.Timeout must be between 10 ms and one day, or Timeout.InfiniteTimeSpan (got {options.Timeout}).");
        }

        if (options.MaxInsiderIdsPerRequest < 1)
        {
            failures.Add($"LiveActivityOptions.MaxInsiderIdsPerRequest must be at least 1 (got {options.MaxInsiderIdsPerRequest}).");
        }

        if (options.SegmentConcurrency is < 1 or > 64)
        {
            failures.Add($"LiveActivityOptions.SegmentConcurrency must be between 1 and 64 (got {options.SegmentConcurrency}).");
        }

        if (options.MaxResponseBytes < 1024)
        {
            failures.Add($"LiveActivityOptions.MaxResponseBytes must be at least 1024 (got {options.MaxResponseBytes}).");
        }

        var rateLimit = options.RateLimit;
        if (rateLimit is null)
        {
            failures.Add("LiveActivityOptions.RateLimit is required (set RateLimit.Enabled = false to switch the budget off).");
        }
        else if (rateLimit.Enabled)
        {
            if (rateLimit.PermitLimit < 1)
            {
                failures.Add($"LiveActivityOptions.RateLimit.PermitLimit must be at least 1 (got {rateLimit.PermitLimit}).");
            }

            if (rateLimit.Window < MinTimeout || rateLimit.Window > MaxTimeout)
            {
                failures.Add($"LiveActivityOptions.RateLimit.Window must be between 10 ms and one day (got {rateLimit.Window}).");
            }

            if (rateLimit.QueueLimit < 0)
            {
                failures.Add($"LiveActivityOptions.RateLimit.QueueLimit must not be negative (got {rateLimit.QueueLimit}).");
            }
        }

        var retry = options.Retry;
        if (retry is null)
        {
            failures.Add("LiveActivityOptions.Retry is required.");
            return failures;
        }

        if (retry.MaxRetries is < 0 or > 100)
        {
            failures.Add($"LiveActivityOptions.Retry.MaxRetries must be between 0 and 100 (got {retry.MaxRetries}).");
        }

        if (retry.BaseDelay < TimeSpan.Zero || retry.BaseDelay > MaxTimeout)
        {
            failures.Add($"LiveActivityOptions.Retry.BaseDelay must be between zero and one day (got {retry.BaseDelay}).");
        }

        if (retry.MaxDelay < retry.BaseDelay || retry.MaxDelay > MaxTimeout)
        {
            failures.Add($"LiveActivityOptions.Retry.MaxDelay must be at least BaseDelay and at most one day (got {retry.MaxDelay}).");
        }

        if (retry.MaxRetryAfter < TimeSpan.Zero || retry.MaxRetryAfter > MaxTimeout)
        {
            failures.Add($"LiveActivityOptions.Retry.MaxRetryAfter must be between zero and one day (got {retry.MaxRetryAfter}).");
        }

        return failures;
    }

    public static void ThrowIfInvalid(LiveActivityOptions options)
    {
        var failures = Collect(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }
    }
}
