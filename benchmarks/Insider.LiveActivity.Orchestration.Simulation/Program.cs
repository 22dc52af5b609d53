// The saturation run of docs/orchestration.md. Usage:
//   dotnet run -c Release --project benchmarks/Insider.LiveActivity.Orchestration.Simulation -- [activities] [publishing minutes] [publish every s]
// Defaults: 20000 activities, 60 minutes, every 10 s. Simulated time, 1 s steps; the emulator enforces its real rate limit.
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Insider.LiveActivity;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Orchestration.Simulation;
using Insider.LiveActivity.Testing;
using Insider.LiveActivity.TestSupport;
using Microsoft.Extensions.DependencyInjection;

var activities = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
var publishingMinutes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
var publishEvery = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
const int PerMinute = 1_000;

var t0 = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);
var clock = new FakeTimeProvider(t0);
var emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { TimeProvider = clock, RateLimitPermitLimit = PerMinute, RateLimitWindow = TimeSpan.FromMinutes(1) });
var limiter = new CountingRateLimiter(InProcessLiveActivityRateLimiter.Shared);
var services = new ServiceCollection();
services.AddSingleton<TimeProvider>(clock);
services.AddSingleton<ILiveActivityRateLimiter>(limiter);
services.AddInsiderLiveActivity(o =>
{
    o.ApiKey = emulator.ApiKey;
    o.BaseAddress = new Uri("https://emulator.local/");
    o.Timeout = Timeout.InfiniteTimeSpan;
    o.Retry.MaxRetries = 0;
    o.RateLimit.PermitLimit = PerMinute;
    o.RateLimit.QueueLimit = 100_000;
}).ConfigurePrimaryHttpMessageHandler(emulator.CreateHandler);
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<ILiveActivityClient>();
var store = new InMemoryLiveActivityStore();
var options = new LiveActivityOrchestratorOptions();
var orchestrator = new LiveActivityOrchestrator(client, store, options, new LiveActivityRateLimitOptions { PermitLimit = PerMinute }, clock);

var staleness = new List<double>();
using var listener = new MeterListener();
listener.InstrumentPublished = (i, l) =>
{
    if (i.Meter.Name == LiveActivityTelemetry.Name && i.Name == "live_activity.orchestrator.update.staleness")
    {
        l.EnableMeasurementEvents(i);
    }
};
listener.SetMeasurementEventCallback<double>((_, v, _, _) =>
{
    lock (staleness)
    {
        staleness.Add(v);
    }
});
listener.Start();

// Registration 30 min ahead and starts are spread at the budget (one per 60 ms); every ends_at falls in the same minute.
var spacing = TimeSpan.FromMinutes(1) / PerMinute;
var startOf = new DateTimeOffset[activities];
var firstStart = t0 + options.RegisterLead;
var endsAt = firstStart + TimeSpan.FromMinutes(publishingMinutes) + options.EndLead;
var wall = Stopwatch.StartNew();
for (var i = 0; i < activities; i++)
{
    startOf[i] = firstStart + (spacing * i);
    await orchestrator.PlanAsync(new LiveActivityPlan
    {
        Key = "match-" + i,
        ActivityType = "MatchAttributes",
        InsiderIds = ["fan-" + i],
        StartAt = startOf[i],
        EndsAt = endsAt,
        StartContent = new LiveActivityContent { Title = "Kick-off", Message = "0-0", ContentState = new JsonObject { ["minute"] = 0 } },
        FinalContent = new LiveActivityContent { Title = "Full time", Message = "final", ContentState = new JsonObject { ["minute"] = 90 } },
    });
}

await orchestrator.StartAsync();
var stop = endsAt + TimeSpan.FromMinutes(1);
var pendingAlways = new Dictionary<int, bool>();
long publishes = 0, refused = 0, peakStoreChars = 0, peakManaged = 0;
var seconds = 0;
while (clock.GetUtcNow() < stop)
{
    var now = clock.GetUtcNow();
    var phase = seconds % publishEvery;
    for (var i = phase; i < activities; i += publishEvery)
    {
        if (now < startOf[i] || now >= endsAt - options.EndLead)
        {
            continue;
        }

        try
        {
            await orchestrator.PublishAsync("match-" + i, new LiveActivityContent { ContentState = new JsonObject { ["minute"] = seconds / 60, ["event"] = seconds } });
            publishes++;
        }
        catch (InvalidOperationException)
        {
            refused++; // the activity is ending: its final content supersedes the state
        }
    }

    clock.Advance(TimeSpan.FromSeconds(1));
    seconds++;
    await SettleAsync();
    var minute = seconds / 60;
    var pending = orchestrator.Records.Count(r => r.HasPendingUpdate && !r.IsClosed);
    pendingAlways[minute] = pendingAlways.GetValueOrDefault(minute, true) && pending > 0;
    if (seconds % 60 == 0)
    {
        peakStoreChars = Math.Max(peakStoreChars, store.TotalChars);
        var managed = GC.GetTotalMemory(forceFullCollection: seconds % 600 == 0);
        peakManaged = Math.Max(peakManaged, managed);
        Console.Error.WriteLine($"minute {minute,3}: pending {pending,6}, store {store.TotalChars / 1024,7} KiB, managed {managed / (1024 * 1024),5} MiB, wall {wall.Elapsed.TotalSeconds,6:F1} s");
    }
}

await orchestrator.DisposeAsync();
var requests = emulator.Requests;
var updates = requests.Where(r => r.Endpoint == EmulatorEndpoint.Update && r.StatusCode == 200).ToList();
var perMinute = updates.GroupBy(r => (int)((r.Timestamp - t0).TotalSeconds / 60)).ToDictionary(g => g.Key, g => g.Count());
var waitingMinutes = pendingAlways.Where(p => p.Value && p.Key > 0).Select(p => p.Key - 1).Where(m => m >= 0 && pendingAlways.GetValueOrDefault(m, false)).ToList();
var used = waitingMinutes.Sum(m => perMinute.GetValueOrDefault(m));
var ends = requests.Where(r => r.Endpoint == EmulatorEndpoint.End && r.StatusCode == 200).ToList();
var statuses = orchestrator.Records.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
var (p50, p99, max) = Percentiles.Of(staleness);
var contrast = ArrivalOrderModel.Run(
    startOf.Select(s => ((s - t0).TotalSeconds, (endsAt - options.EndLead - t0).TotalSeconds)).ToList(), publishEvery, (stop - t0).TotalSeconds, PerMinute);
var (c50, c99, cmax) = Percentiles.Of(contrast.Staleness);

Console.WriteLine($"activities {activities}, publishing {publishingMinutes} min every {publishEvery} s, budget {PerMinute}/min per endpoint, simulated {(stop - t0).TotalMinutes:F0} min in {wall.Elapsed.TotalSeconds:F0} s wall");
Console.WriteLine($"publishes accepted {publishes}, refused while ending {refused}");
Console.WriteLine($"requests: register {Count(EmulatorEndpoint.Register)}, start {Count(EmulatorEndpoint.Start)}, update {updates.Count}, end {ends.Count}; 429s {requests.Count(r => r.StatusCode == 429)}; other errors {requests.Count(r => r.StatusCode != 200 && r.StatusCode != 429)}");
Console.WriteLine($"/update budget used while updates waited: {used} of {waitingMinutes.Count * PerMinute} = {100.0 * used / Math.Max(1, waitingMinutes.Count * PerMinute):F1} % over {waitingMinutes.Count} full minutes");
Console.WriteLine($"states: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value}"))}; ends after ends_at: {ends.Count(e => e.Timestamp >= endsAt)}; first end {(ends.Count > 0 ? (ends.Min(e => e.Timestamp) - t0).TotalMinutes : 0):F1} min, last {(ends.Count > 0 ? (ends.Max(e => e.Timestamp) - t0).TotalMinutes : 0):F1} min, ends_at {(endsAt - t0).TotalMinutes:F0} min");
Console.WriteLine($"staleness of delivered states (coalesced, oldest delivered first): p50 {p50 / 60:F1} min, p99 {p99 / 60:F1} min, max {max / 60:F1} min; bound {activities / (double)PerMinute:F1} min ({activities} activities / {PerMinute} per minute)");
Console.WriteLine($"contrast, arrival order without coalescing (model): p50 {c50 / 60:F1} min, p99 {c99 / 60:F1} min, max {cmax / 60:F1} min, queue up to {contrast.MaxQueued} states, {contrast.Sent} of {publishes} sent");
Console.WriteLine($"store: {store.Count} records, peak {peakStoreChars / 1024} KiB of JSON; managed heap peak {peakManaged / (1024 * 1024)} MiB (emulator request log included); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");

int Count(EmulatorEndpoint endpoint) => requests.Count(r => r.Endpoint == endpoint && r.StatusCode == 200);

async Task SettleAsync()
{
    var quiet = 0;
    while (quiet < 2)
    {
        await Task.Delay(1);
        quiet = orchestrator.IsParked && orchestrator.InFlight == limiter.Waiting ? quiet + 1 : 0;
    }
}
