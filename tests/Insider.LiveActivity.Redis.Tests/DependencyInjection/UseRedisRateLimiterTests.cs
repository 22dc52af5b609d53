using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.DependencyInjection;

/// <summary>UseRedisRateLimiter replaces the in-process budget through the ILiveActivityRateLimiter seam, and only digests reach Redis.</summary>
public sealed class UseRedisRateLimiterTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task UseRedisRateLimiter_ConfigurationString_ReplacesTheInProcessBudget()
    {
        await using var host = new ClientHost(builder => builder.UseRedisRateLimiter(redis.Server.Configuration));

        host.Services.GetRequiredService<ILiveActivityRateLimiter>().Should().BeOfType<RedisLiveActivityRateLimiter>();
        await host.UpdateAsync();
        host.Emulator.Requests.Should().ContainSingle().Which.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task UseRedisRateLimiter_MultiplexerFromDi_UsesItAndLeavesItOpen()
    {
        using var connection = redis.Server.Connect();
        await using (var host = new ClientHost(builder => builder.UseRedisRateLimiter(), services => services.AddSingleton<IConnectionMultiplexer>(connection)))
        {
            await host.UpdateAsync();
            host.Services.GetRequiredService<ILiveActivityRateLimiter>().Should().BeOfType<RedisLiveActivityRateLimiter>();
        }

        connection.IsConnected.Should().BeTrue("the limiter does not close a multiplexer it was given");
    }

    [Fact]
    public async Task UseRedisRateLimiter_Calls_WriteOnlyTheKeyDigestAndEndpointToRedis()
    {
        await using var host = new ClientHost(builder => builder.UseRedisRateLimiter(redis.Server.Configuration, o => o.KeyPrefix = "la-test-" + Guid.NewGuid().ToString("N")));
        await host.UpdateAsync();

        var digest = LiveActivityRateLimitContext.CreatePartitionKey(host.Emulator.BaseAddress, host.Emulator.ApiKey);
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "*" + digest + "*").Select(k => k.ToString()).ToList();
        keys.Should().Contain(k => k.EndsWith("{" + digest + ":update}:log", StringComparison.Ordinal));
        var everything = server.Keys(pattern: "*").Select(k => k.ToString()).ToList();
        everything.Should().NotContain(k => k.Contains(host.Emulator.ApiKey, StringComparison.Ordinal) || k.Contains(host.ActivityId, StringComparison.Ordinal) || k.Contains("insider-private-7", StringComparison.Ordinal));
        var members = await redis.Connection.GetDatabase().SortedSetRangeByRankAsync(keys.First(k => k.EndsWith(":log", StringComparison.Ordinal)));
        members.Should().ContainSingle().Which.ToString().Should().NotContain(host.Emulator.ApiKey);
    }

    [Fact]
    public void UseRedisRateLimiter_PrefixWithBrace_ThrowsNamingTheOption()
    {
        var services = new ServiceCollection();
        var builder = services.AddInsiderLiveActivity(o => o.ApiKey = "k");

        var act = () => builder.UseRedisRateLimiter("localhost:6379", o => o.KeyPrefix = "bad{prefix}");

        act.Should().Throw<ArgumentException>().WithMessage("*KeyPrefix*");
    }

    [Fact]
    public void UseRedisRateLimiter_EmptyConfiguration_Throws()
    {
        var builder = new ServiceCollection().AddInsiderLiveActivity(o => o.ApiKey = "k");

        builder.Invoking(b => b.UseRedisRateLimiter(" ")).Should().Throw<ArgumentException>();
    }
}
