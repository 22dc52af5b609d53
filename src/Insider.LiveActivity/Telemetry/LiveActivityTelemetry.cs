// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Insider.LiveActivity;

/// <summary>
/// The names of the client's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>,
/// to subscribe to with OpenTelemetry (<c>AddSource</c> and <c>AddMeter</c>) or any other listener.
/// </summary>
public static class LiveActivityTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>Insider.LiveActivity</c>.</summary>
    public const string Name = "Insider.LiveActivity";

    internal static readonly ActivitySource Source = new(Name, typeof(LiveActivityTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(LiveActivityTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Calls = Meter.CreateCounter<long>("live_activity.client.calls", "{call}", "Calls made, by endpoint and outcome.");

    internal static readonly Counter<long> Attempts = Meter.CreateCounter<long>("live_activity.client.attempts", "{attempt}", "HTTP attempts sent, retries included, by endpoint and status.");

    internal static readonly Counter<long> Failures = Meter.CreateCounter<long>("live_activity.client.failures", "{call}", "Calls that failed, by endpoint and error.type (the error code, or the kind of failure).");

    internal static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>("live_activity.client.call.duration", "s", "Duration of a call, retries and waits included.");

    internal static readonly Histogram<double> QueueDuration = Meter.CreateHistogram<double>("live_activity.client.rate_limit.queue.duration", "s", "Time an attempt waited for the client-side rate budget.");
}
