// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The orchestrator's spans and instruments, under the client's names (<see cref="LiveActivityTelemetry.Name"/>), so one
/// <c>AddSource</c>/<c>AddMeter</c> subscribes to both: counters of requests and of activities expired or failed, gauges of activities by
/// state and of pending updates, and a histogram of the delivered state's staleness.
/// </summary>
internal static class OrchestratorTelemetry
{
    public static readonly ActivitySource Source = new(LiveActivityTelemetry.Name, typeof(OrchestratorTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(LiveActivityTelemetry.Name, typeof(OrchestratorTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("live_activity.orchestrator.requests", "{request}", "Requests the orchestrator made, by operation and outcome.");

    public static readonly Counter<long> Expired = Meter.CreateCounter<long>("live_activity.orchestrator.expired", "{activity}", "Activities whose ends_at passed before their end was delivered.");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("live_activity.orchestrator.failed", "{activity}", "Activities the API rejected (404, 409, 422, validation), by operation.");

    public static readonly Histogram<double> Staleness = Meter.CreateHistogram<double>(
        "live_activity.orchestrator.update.staleness", "s", "How long the devices showed an older state than the latest published one, measured when the update is delivered.");

    private static readonly ConcurrentDictionary<LiveActivityOrchestrator, byte> Live = new();

    static OrchestratorTelemetry()
    {
        Meter.CreateObservableGauge("live_activity.orchestrator.activities", ObserveStates, "{activity}", "Activities known to running orchestrators, by state.");
        Meter.CreateObservableGauge("live_activity.orchestrator.pending_updates", ObservePending, "{activity}", "Activities with a published state not delivered yet.");
    }

    public static void Track(LiveActivityOrchestrator orchestrator) => Live.TryAdd(orchestrator, 0);

    public static void Untrack(LiveActivityOrchestrator orchestrator) => Live.TryRemove(orchestrator, out _);

    private static IEnumerable<Measurement<long>> ObserveStates()
    {
        var counts = new long[Enum.GetValues<LiveActivityState>().Length];
        foreach (var orchestrator in Live.Keys)
        {
            foreach (var record in orchestrator.Records)
            {
                counts[(int)record.State]++;
            }
        }

        for (var i = 0; i < counts.Length; i++)
        {
            yield return new Measurement<long>(counts[i], new KeyValuePair<string, object?>("live_activity.state", ((LiveActivityState)i).ToString()));
        }
    }

    private static long ObservePending() =>
        Live.Keys.Sum(static o => o.Records.LongCount(static r => r.HasPendingUpdate && !r.IsClosed));
}
