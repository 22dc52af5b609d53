using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.DependencyInjection;

/// <summary><c>o.UseRedis(...)</c> on <c>AddLiveActivityOrchestrator</c> puts the orchestrator's store in Redis.</summary>
public sealed class UseRedisStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task UseRedis_ConfigurationString_StoresRecordsInThatRedisAndClosesItsOwnConnection()
    {
        var services = new ServiceCollection().AddLiveActivityOrchestrator(o => o.UseRedis(redis.Server.Configuration));
        ILiveActivityStore store;
        await using (var provider = services.BuildServiceProvider())
        {
            store = provider.GetRequiredService<ILiveActivityStore>();
            store.Should().BeOfType<RedisLiveActivityStore>();
            await WaitConnectedAsync(store);
            await store.AddAsync(Record("di-" + Guid.NewGuid().ToString("N")));
        }

        await store.Invoking(s => s.GetAsync("any")).Should().ThrowAsync<LiveActivityStoreUnavailableException>("the store owned and closed its connection");
    }

    [Fact]
    public async Task UseRedis_MultiplexerFromDi_UsesItAndLeavesItOpen()
    {
        using var connection = redis.Server.Connect();
        var key = "di-" + Guid.NewGuid().ToString("N");
        var services = new ServiceCollection().AddSingleton<IConnectionMultiplexer>(connection).AddLiveActivityOrchestrator(o => o.UseRedis());
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<ILiveActivityStore>().AddAsync(Record(key));
        }

        connection.IsConnected.Should().BeTrue("the store does not close a multiplexer it was given");
        (await new RedisLiveActivityStore(connection).GetAsync(key))!.Key.Should().Be(key);
    }

    [Fact]
    public void UseRedis_EmptyConfiguration_Throws() =>
        new LiveActivityOrchestratorOptions().Invoking(o => o.UseRedis(" ")).Should().Throw<ArgumentException>();

    private static LiveActivityRecord Record(string key) => new()
    {
        Key = key,
        Revision = 1,
        ActivityType = "OrderTrackingAttributes",
        StartContent = new LiveActivityContent { ContentState = new System.Text.Json.Nodes.JsonObject { ["status"] = "placed" } },
        EndsAt = DateTimeOffset.UnixEpoch.AddYears(60),
    };

    /// <summary>The owned connection connects in the background (abortConnect=false): wait (real time, bounded) until it answers.</summary>
    private static async Task WaitConnectedAsync(ILiveActivityStore store)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                await store.GetAsync("probe");
                return;
            }
            catch (LiveActivityStoreUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
