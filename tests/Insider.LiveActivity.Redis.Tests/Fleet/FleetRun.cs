using System.Globalization;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>What one fleet run produced, judged by the emulator's own records (never by the clients).</summary>
public sealed record FleetResult(bool Redis, int Processes, int Offered, int Succeeded, int RateLimited, int Requests, int Budget, TimeSpan Duration)
{
    public double BudgetUsedPercent => 100.0 * Succeeded / Budget;

    public override string ToString() =>
        $"{(Redis ? "redis budget  " : "in-process only")}: {Processes} processes, {Offered} calls offered in {Duration.TotalSeconds:F1} s, {Requests} requests, " +
        $"{Succeeded} x 2xx, {RateLimited} x 429, budget {Budget} -> {BudgetUsedPercent:F1} % used";
}

/// <summary>
/// Three LoadHost processes, one API key, one emulator on loopback limited to <see cref="ServerLimit"/> per second per endpoint, and
/// (optionally) one Redis. The clients' budget is <see cref="ServerLimit"/> per <see cref="ClientWindow"/> (a 50 % margin for the
/// latency jitter between taking a permit and the request reaching the server: on a loaded 2-core CI machine, requests
/// permitted in one client window can reach the server's fixed window bunched together); each process offers three times its share of it.
/// </summary>
public static class FleetRun
{
    public const int Processes = 3;
    public const int ServerLimit = 100;
    public static readonly TimeSpan ClientWindow = TimeSpan.FromMilliseconds(1_500);

    public static async Task<FleetResult> RunAsync(RedisServer? redis, int windows)
    {
        var duration = ClientWindow * windows;
        await using var emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions
        {
            ApiKey = "fleet-" + Guid.NewGuid().ToString("N"),
            RateLimitEnabled = true,
            RateLimitPermitLimit = ServerLimit,
            RateLimitWindow = TimeSpan.FromSeconds(1),
            TokenSyncDelay = TimeSpan.Zero,
        });
        var activityId = emulator.SimulateDeviceStartedActivity("FleetActivityAttributes", "fleet-user");
        var share = ServerLimit / ClientWindow.TotalSeconds / Processes;
        var arguments = new List<string>
        {
            "--base-address", emulator.BaseAddress.ToString(), "--api-key", emulator.ApiKey, "--activity-id", activityId,
            "--calls-per-second", (3 * share).ToString(CultureInfo.InvariantCulture),
            "--duration-ms", duration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--permit-limit", ServerLimit.ToString(CultureInfo.InvariantCulture),
            "--window-ms", ClientWindow.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        };
        if (redis is not null)
        {
            arguments.AddRange(["--redis", redis.Configuration]);
        }

        var fleet = Enumerable.Range(0, Processes).Select(_ => FleetProcess.Start(arguments)).ToList();
        try
        {
            await Task.WhenAll(fleet.Select(p => p.WaitUntilReadyAsync()));
            var warmUp = emulator.Requests.Count;

            // The warm-up calls must leave the client's sliding window and the server's fixed window before the measured run.
            await Task.Delay(ClientWindow + TimeSpan.FromMilliseconds(400));
            await Task.WhenAll(fleet.Select(p => p.GoAsync()));
            var results = await Task.WhenAll(fleet.Select(p => p.ResultAsync()));
            var requests = emulator.Requests.Skip(warmUp).ToList();
            return new FleetResult(
                redis is not null,
                Processes,
                results.Sum(r => r["offered"]),
                requests.Count(r => r.StatusCode is >= 200 and < 300),
                requests.Count(r => r.StatusCode == 429),
                requests.Count,
                ServerLimit * windows,
                duration);
        }
        finally
        {
            foreach (var process in fleet)
            {
                await process.DisposeAsync();
            }
        }
    }
}
