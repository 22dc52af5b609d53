// A generic-host worker that lets the orchestrator drive a Live Activity: it plans one, publishes a few states and lets the
// orchestrator end it on its own (with the planned final content, EndLead before ends_at). The orchestrator stores everything in
// SQLite, so a restart of the worker picks up where it stopped.
// With no configuration it runs against the embedded emulator (Insider.LiveActivity.Testing) on loopback, in about 15 seconds;
// with INSIDER_API_KEY set it talks to the real API.
using Insider.LiveActivity;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var apiKey = Environment.GetEnvironmentVariable("INSIDER_API_KEY");
await using var emulator = string.IsNullOrWhiteSpace(apiKey)
    ? await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TokenSyncDelay = TimeSpan.FromSeconds(1) })
    : null;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddInsiderLiveActivity(options =>
{
    options.ApiKey = emulator?.ApiKey ?? apiKey!;
    options.BaseAddress = emulator?.BaseAddress ?? LiveActivityOptions.DefaultBaseAddress;
});
builder.Services.AddLiveActivityOrchestrator(o =>
{
    o.UseSqlite("Data Source=" + Path.Combine(Path.GetTempPath(), "live-activities-worker.db"));
    o.SyncDelay = TimeSpan.FromSeconds(2);
    o.EndLead = TimeSpan.FromSeconds(295); // the sample's activity lives 5 min 10 s: it ends on its own 15 s after planning
});
builder.Services.AddHostedService<OrderTrackingWorker>();
await builder.Build().RunAsync();
