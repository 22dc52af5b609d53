using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Telemetry;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>The orchestrator's instruments live on the client's meter: gauges by state and of pending updates, staleness, expiries.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task Reports_activities_by_state_pending_updates_staleness_and_expiries_on_the_clients_meter()
    {
        var measurements = new ConcurrentQueue<(string Name, double Value, string? State)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LiveActivityTelemetry.Name && instrument.Name.StartsWith("live_activity.orchestrator.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, State(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, State(tags))));
        listener.Start();

        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.Orchestrator.PlanAsync(Plan("b", T0 + TimeSpan.FromHours(2)));
        await h.Orchestrator.PublishAsync("a", Content("x"));
        await h.SettleAsync();
        listener.RecordObservableInstruments();
        measurements.Should().Contain(("live_activity.orchestrator.activities", 1, "Started"));
        measurements.Should().Contain(("live_activity.orchestrator.activities", 1, "Planned"));
        measurements.Should().Contain(m => m.Name == "live_activity.orchestrator.pending_updates" && m.Value >= 1);

        await h.RunForAsync(TimeSpan.FromSeconds(5));
        measurements.Should().Contain(("live_activity.orchestrator.update.staleness", 3, null), "published at the start, delivered after the 3 s sync delay");

        h.Emulator.Faults.SetAlways(Testing.EmulatorEndpoint.End, Testing.EmulatorFault.Status(System.Net.HttpStatusCode.ServiceUnavailable));
        await h.RunUntilAsync(T0 + TimeSpan.FromHours(1));
        measurements.Should().Contain(("live_activity.orchestrator.expired", 1, null));
    }

    private static string? State(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "live_activity.state")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
