// Wiring the SDK's telemetry to OpenTelemetry. The SDK publishes an ActivitySource and a Meter, both named
// "Insider.LiveActivity" (LiveActivityTelemetry.Name), logs through ILogger, and depends on no OpenTelemetry package:
// the application adds the OpenTelemetry SDK and subscribes by name, as below.
//
// Spans, metrics and log records go to the console exporter. Set OTEL_EXPORTER_OTLP_ENDPOINT (and, if needed, the
// other standard OTEL_EXPORTER_OTLP_* variables) to send them to a collector over OTLP as well. The sample drives a few
// calls (one of them retried, one failing) against the in-memory emulator, so it runs with no server.
using System.Net;
using System.Text.Json.Nodes;
using Insider.LiveActivity;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

var otlp = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddFilter("Microsoft", LogLevel.Warning); // the host's lifetime messages are noise here
builder.Logging.AddOpenTelemetry(logging =>
{
    logging.AddConsoleExporter();
    if (otlp)
    {
        logging.AddOtlpExporter();
    }
});
builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("Insider.LiveActivity.Telemetry"))
    .WithTracing(tracing =>
    {
        tracing.AddSource(LiveActivityTelemetry.Name).AddConsoleExporter();
        if (otlp)
        {
            tracing.AddOtlpExporter();
        }
    })
    .WithMetrics(metrics =>
    {
        metrics.AddMeter(LiveActivityTelemetry.Name).AddConsoleExporter();
        if (otlp)
        {
            metrics.AddOtlpExporter();
        }
    });

using var host = builder.Build();
await host.StartAsync();

await using var emulator = LiveActivityEmulator.CreateInMemory();
using var client = new LiveActivityClient(
    new HttpClient(emulator.CreateHandler()),
    new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress, Retry = { BaseDelay = TimeSpan.FromMilliseconds(50) } },
    host.Services.GetRequiredService<ILogger<LiveActivityClient>>(),
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

// Disposing the host (at the end of this scope) disposes the tracer, meter and logger providers, which flush the last
// spans, metrics and log records to the exporters.
await host.StopAsync();
