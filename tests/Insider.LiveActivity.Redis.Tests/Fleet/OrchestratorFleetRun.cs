using System.Globalization;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>What goes wrong mid-run in an orchestrator fleet proof.</summary>
public enum FleetDisruption
{
    /// <summary>Host 0 is killed with SIGKILL right after it acknowledged its second publishes.</summary>
    KillHost,

    /// <summary>Redis (AOF, appendfsync always) is killed at the same point and restarted on the same port after a lease time.</summary>
    RestartRedis,
}

/// <summary>
/// Three orchestrator processes (LoadHost "orchestrate" mode), one API key, one Redis (store and budget), one emulator on loopback
/// enforcing the API's 1,000 requests per minute per endpoint, all on one clock running <see cref="Scale"/> times faster than the
/// wall clock. Each host plans <see cref="ActivitiesPerHost"/> activities starting <see cref="StartAfter"/> after "go" and living
/// <see cref="Lifetime"/>, publishes state v1 of each at once and v2 at <see cref="SecondPublishAfter"/>; the run is disrupted right
/// after host 0 acknowledged its v2 publishes, and ends once the store holds no open activity.
/// </summary>
public static class OrchestratorFleetRun
{
    public const int Hosts = 3;
    public const int ActivitiesPerHost = 1_000;
    public const double Scale = 10;
    public static readonly TimeSpan StartAfter = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(12);
    public static readonly TimeSpan SecondPublishAfter = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan Lease = new LiveActivityOrchestratorOptions().LeaseDuration;

    public static async Task<OrchestratorFleetResult> RunAsync(RedisServer redis, FleetDisruption disruption)
    {
        var origin = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var clock = new ScaledTimeProvider(origin, Scale);
        await using var emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions
        {
            ApiKey = "fleet-" + Guid.NewGuid().ToString("N"),
            TimeProvider = clock,
        });
        var hosts = Enumerable.Range(0, Hosts).Select(i => OrchestratorProcess.Start(
        [
            "--base-address", emulator.BaseAddress.ToString(), "--api-key", emulator.ApiKey, "--redis", redis.Configuration,
            "--origin-ms", Ms(origin.ToUnixTimeMilliseconds()), "--scale", Ms(Scale),
            "--index", Ms(i), "--activities", Ms(ActivitiesPerHost),
            "--start-after-ms", Ms(StartAfter.TotalMilliseconds), "--lifetime-ms", Ms(Lifetime.TotalMilliseconds),
            "--second-publish-after-ms", Ms(SecondPublishAfter.TotalMilliseconds),
        ])).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.WaitForLineAsync("ready", TimeSpan.FromSeconds(60))));
            var go = clock.GetUtcNow();
            await Task.WhenAll(hosts.Select(h => h.SendAsync("go")));
            await hosts[0].WaitForLineAsync("published", clock.Scale(SecondPublishAfter) + TimeSpan.FromSeconds(60));

            var disruptedAt = clock.GetUtcNow();
            DateTimeOffset? takenOverAt = null;
            await using var connection = redis.Connect();
            if (disruption == FleetDisruption.KillHost)
            {
                var killed = hosts[0].Id;
                await hosts[0].KillAsync();
                takenOverAt = await WaitForTakeoverAsync(connection, killed, clock, disruptedAt + (Lease * 4));
            }
            else
            {
                await redis.KillAsync();
                await Task.Delay(clock.Scale(Lease)); // the outage lasts a lease time (on the run's clock)
                await redis.RestartAsync();
            }

            var lastEndsAt = go + StartAfter + Lifetime + TimeSpan.FromMinutes(1); // hosts planned within a minute of "go"
            var store = new RedisLiveActivityStore(connection); // the hosts' o.UseRedis(...) store: the default prefix, on this run's own server
            await WaitUntilClosedAsync(store, clock, lastEndsAt + TimeSpan.FromMinutes(1), hosts);
            var survivors = disruption == FleetDisruption.KillHost ? hosts.Skip(1).ToList() : hosts;
            await Task.WhenAll(survivors.Select(h => h.StopAsync(TimeSpan.FromSeconds(60))));

            var keys = Enumerable.Range(0, Hosts).SelectMany(i => Enumerable.Range(0, ActivitiesPerHost).Select(n => $"p{i}-{n}")).ToList();
            var records = new List<LiveActivityRecord>();
            foreach (var key in keys)
            {
                records.Add((await store.GetAsync(key))!);
            }

            var stderr = await Task.WhenAll(hosts.Select(h => h.StderrAsync()));
            return new OrchestratorFleetResult(disruption, go, disruptedAt, takenOverAt, records, emulator.Requests, hosts.Select(h => h.Lines.ToList()).ToList())
            {
                HostErrors = stderr,
            };
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Polls Redis (real time, bounded by the run's clock) until no open record is held by the killed host (the holder field names its
    /// process id) and returns when that happened on the run's clock.
    /// </summary>
    private static async Task<DateTimeOffset> WaitForTakeoverAsync(StackExchange.Redis.IConnectionMultiplexer connection, int killedProcessId, TimeProvider clock, DateTimeOffset bound)
    {
        var keys = new StoreKeys(RedisLiveActivityStore.DefaultKeyPrefix);
        var marker = "/" + killedProcessId.ToString(CultureInfo.InvariantCulture) + "/";
        var database = connection.GetDatabase();
        while (true)
        {
            var now = clock.GetUtcNow();
            var open = await database.SortedSetRangeByRankAsync(keys.Open);
            var owners = await Task.WhenAll(open.Select(d => database.HashGetAsync(keys.Record(d!), "o")));
            var held = owners.Count(o => o.HasValue && ((string)o!).Contains(marker, StringComparison.Ordinal));
            if (held == 0)
            {
                return now;
            }

            now.Should().BeBefore(bound, "the survivors take over the {0} activities the killed host still holds", held);
            await Task.Delay(50);
        }
    }

    private static string Ms(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Polls the store (real time, bounded by the run's clock) until no activity is open.</summary>
    private static async Task WaitUntilClosedAsync(RedisLiveActivityStore store, TimeProvider clock, DateTimeOffset bound, IReadOnlyList<OrchestratorProcess> hosts)
    {
        while (true)
        {
            IReadOnlyList<LiveActivityRecord> open;
            try
            {
                open = await store.LoadOpenAsync();
            }
            catch (LiveActivityStoreUnavailableException)
            {
                open = [];
                await Task.Delay(250); // the test's own connection reconnects after a restart of Redis
                continue;
            }

            if (open.Count == 0)
            {
                return;
            }

            if (clock.GetUtcNow() > bound)
            {
                var stderr = string.Join("\n", await Task.WhenAll(hosts.Select(h => h.StderrAsync())));
                throw new TimeoutException($"{open.Count} activities still open at {clock.GetUtcNow():O} (bound {bound:O}); e.g. {RecordJsonOf(open[0])}; hosts' stderr: {stderr}");
            }

            await Task.Delay(250);
        }
    }

    private static string RecordJsonOf(LiveActivityRecord record) =>
        $"{record.Key} {record.State} intent={record.Intent} starts={record.Starts} ends={record.Ends} lastError={record.LastError}";
}
