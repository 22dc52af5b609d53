// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Polly;

namespace Insider.LiveActivity;

/// <summary>Names the rate-limit stage in Polly's telemetry.</summary>
internal sealed class RateLimitStageOptions : ResilienceStrategyOptions
{
    public RateLimitStageOptions() => Name = "RateBudget";
}
