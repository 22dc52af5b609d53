// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Polly;

namespace Insider.LiveActivity;

/// <summary>Names the per-attempt timeout stage in Polly's telemetry.</summary>
internal sealed class AttemptTimeoutStageOptions : ResilienceStrategyOptions
{
    public AttemptTimeoutStageOptions() => Name = "AttemptTimeout";
}
