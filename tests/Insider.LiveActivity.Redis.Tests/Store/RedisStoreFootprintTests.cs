using System.Globalization;
using System.Text.Json.Nodes;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Insider.LiveActivity.Redis.Tests.Store;

/// <summary>
/// Bytes per activity in Redis: 10,000 started activities (registered, a delivered state, no insider ids left), each under a
/// host's lease, in a fresh redis-server; the figures (INFO memory's used_memory delta per record, MEMORY USAGE of one record key)
/// go to the test output and docs/orchestration.md. Run: dotnet test tests/Insider.LiveActivity.Redis.Tests -c Release --filter
/// RedisStoreFootprintTests --logger "console;verbosity=detailed"; set LA_FOOTPRINT_RECORDS=100000 for the sizing run of the docs.
/// </summary>
public sealed class RedisStoreFootprintTests(ITestOutputHelper output)
{
    private static readonly int Records = int.TryParse(Environment.GetEnvironmentVariable("LA_FOOTPRINT_RECORDS"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;

    [Fact]
    public async Task Ten_thousand_started_activities_under_lease_take_under_1_700_bytes_each()
    {
        await using var server = await RedisServer.StartAsync();
        await using var connection = server.Connect();
        var store = new RedisLiveActivityStore(connection);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(server.Configuration + ",allowAdmin=true");
        var before = await UsedMemoryAsync(admin, server);

        for (var batch = 0; batch < Records; batch += 500)
        {
            await Task.WhenAll(Enumerable.Range(batch, 500).Select(i => store.AddAsync(Started(i))));
        }

        var host = "host-" + Environment.MachineName + "/12345/" + Guid.NewGuid().ToString("N")[..8];
        var now = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);
        for (var held = 0; held < Records;)
        {
            held += (await store.ClaimAsync(host, held, 500, now, TimeSpan.FromSeconds(30), TimeSpan.Zero)).Count;
        }

        var after = await UsedMemoryAsync(admin, server);
        var perRecord = (after - before) / (double)Records;
        var digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("order-000042"u8)).ToLowerInvariant();
        var oneKey = (long)await connection.GetDatabase().ExecuteAsync("MEMORY", "USAGE", RedisLiveActivityStore.DefaultKeyPrefix + ":record:" + digest);
        var json = (string)(await connection.GetDatabase().HashGetAsync(RedisLiveActivityStore.DefaultKeyPrefix + ":record:" + digest, "r"))!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Records} records: used_memory {before} -> {after} bytes, {perRecord:F0} bytes per activity (record hash with its lease + open-index member); MEMORY USAGE of one record key: {oneKey} bytes; record JSON: {json.Length} chars"));

        (await store.LoadOpenAsync()).Should().HaveCount(Records);
        perRecord.Should().BeLessThan(1_700, "the documented sizing (docs/orchestration.md: about 1.55 KB per activity) holds");
    }

    private static async Task<long> UsedMemoryAsync(IConnectionMultiplexer connection, RedisServer server)
    {
        var info = await connection.GetServer(server.Configuration).InfoAsync("memory");
        return long.Parse(info.SelectMany(g => g).Single(p => p.Key == "used_memory").Value, CultureInfo.InvariantCulture);
    }

    private static LiveActivityRecord Started(int i)
    {
        var at = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);
        var state = new LiveActivityContent { Title = "Your order", Message = "On its way", ContentState = new JsonObject { ["status"] = "on_the_way", ["eta"] = "12:30", ["courier"] = "Alex" } };
        return new LiveActivityRecord
        {
            Key = "order-" + i.ToString("D6", CultureInfo.InvariantCulture),
            Revision = 6,
            State = LiveActivityState.Started,
            ActivityType = "OrderTrackingAttributes",
            PlannedAt = at,
            StartAt = at,
            EndsAt = at.AddHours(1),
            StartContent = state with { ContentState = new JsonObject { ["status"] = "placed" } },
            ActivityId = Guid.NewGuid().ToString(),
            StartedAt = at.AddSeconds(1),
            PendingSequence = 3,
            DeliveredSequence = 3,
            LatestContent = state,
            LastPublishedAt = at.AddMinutes(7),
            LastSentAt = at.AddMinutes(7),
            Starts = 1,
            Updates = 3,
        };
    }
}
