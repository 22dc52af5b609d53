// Wiring the SDK's telemetry to an exporter. The SDK publishes an ActivitySource and a Meter, both named
// "Insider.LiveActivity" (LiveActivityTelemetry.Name), and depends on no OpenTelemetry package. With OpenTelemetry:
//
//     services.AddOpenTelemetry()
//         .WithTracing(t => t.AddSource(LiveActivityTelemetry.Name).AddOtlpExporter())
//         .WithMetrics(m => m.AddMeter(LiveActivityTelemetry.Name).AddOtlpExporter());
//
// This sample uses the two BCL listeners those exporters are built on, printing to the console, so it runs with no
// extra package. It drives a few calls (one of them retried) against the in-memory emulator.
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Insider.LiveActivity;
using Insider.LiveActivity.Testing;

using var tracing = new ActivityListener
{
    ShouldListenTo = source => source.Name == LiveActivityTelemetry.Name,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = span => Console.WriteLine(
        $"span   {span.OperationName,-16} {span.Duration.TotalMilliseconds,7:0.0} ms  {string.Join(", ", span.TagObjects.Select(t => $"{t.Key}={t.Value}"))}"),
};
ActivitySource.AddActivityListener(tracing);

using var metrics = new MeterListener
{
    InstrumentPublished = (instrument, listener) =>
    {
        if (instrument.Meter.Name == LiveActivityTelemetry.Name)
        {
            listener.EnableMeasurementEvents(instrument);
        }
    },
};
metrics.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Print(instrument, value, tags));
metrics.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Print(instrument, value, tags));
metrics.Start();

await using var emulator = LiveActivityEmulator.CreateInMemory();
using var client = new LiveActivityClient(
    new HttpClient(emulator.CreateHandler()),
    new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress, Retry = { BaseDelay = TimeSpan.FromMilliseconds(50) } },
    logger: null,
    timeProvider: null);

var activityId = emulator.SimulateDeviceStartedActivity("MatchActivityAttributes", "fan-1", "fan-2");
emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
await client.UpdateAsync(new UpdateRequest
{
    ActivityId = activityId,
    ActivityType = "MatchActivityAttributes",
    Content = new LiveActivityContent { ContentState = new JsonObject { ["home"] = 1, ["away"] = 0, ["period"] = "first_half" } },
});
try
{
    await client.StartAsync(new StartRequest
    {
        ActivityId = activityId,
        ActivityType = "MatchActivityAttributes",
        Content = new LiveActivityContent { Title = "Kick-off", Message = "The match has started", ContentState = new JsonObject { ["home"] = 0 } },
    });
}
catch (LiveActivityException ex)
{
    Console.WriteLine($"error  {ex.GetType().Name} ({ex.ErrorCode})");
}

static void Print(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
{
    var labels = new List<string>();
    foreach (var tag in tags)
    {
        labels.Add($"{tag.Key}={tag.Value}");
    }

    Console.WriteLine($"metric {instrument.Name,-46} {value,10:0.######} {instrument.Unit,-10} {string.Join(", ", labels)}");
}
