using System.Net;
using System.Net.Sockets;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Connection;

/// <summary>
/// <c>FallbackToInProcess</c> (docs/redis.md): a Redis that fails during a call (not only one that is not connected) hands the
/// call to the in-process budget with a warning naming Redis's own cause; once Redis answers again the budget is shared again
/// and an information entry says so, once; while falling back, a 429 pauses the in-process budget the calls now use.
/// </summary>
public sealed class FallbackRulesTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private readonly ConnectionMultiplexer _connection = redis.Server.Connect();

    [Fact]
    public async Task Redis_failing_during_a_call_falls_back_naming_Redis_cause_and_answering_again_is_logged_once()
    {
        var prefix = "la-fallback-" + Guid.NewGuid().ToString("N");
        var logs = new CapturingLoggerProvider();
        using var limiter = new RedisLiveActivityRateLimiter(_connection, new RedisRateLimiterOptions { FallbackToInProcess = true, KeyPrefix = prefix }, logs.CreateLogger("budget"));
        var apiKey = Budgets.NewApiKey();
        var context = Budgets.Context(apiKey, _clock, permitLimit: 10);
        var log = (RedisKey)$"{prefix}:{{{LiveActivityRateLimitContext.CreatePartitionKey(Budgets.BaseAddress, apiKey)}:update}}:log";
        var db = redis.Connection.GetDatabase();
        await db.StringSetAsync(log, "not a sorted set"); // connected, but every budget script now fails with WRONGTYPE

        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue("the in-process budget serves the call");

        var fallback = logs.Entries.Should().ContainSingle().Which;
        fallback.Level.Should().Be(LogLevel.Warning);
        fallback.Message.Should().StartWith("Redis is unreachable: the rate budget of Update falls back to this process's in-process budget")
            .And.Contain("several processes may together exceed the API's limit meanwhile")
            .And.Contain("Cause: WRONGTYPE", "the cause is Redis's reply")
            .And.NotContain("Set RedisRateLimiterOptions", "the cause is not the whole exception message")
            .And.NotContain(apiKey);

        await db.KeyDeleteAsync(log);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();

        logs.Entries.Should().HaveCount(2, "answering again is logged once, not per call");
        logs.Entries.Last().Should().Be((LogLevel.Information, "budget", "Redis answers again: the rate budget of Update is shared through Redis again"));
        (await db.SortedSetLengthAsync(log)).Should().Be(2, "the calls after Redis answered again took their permits in Redis");
    }

    [Fact]
    public async Task Without_the_fallback_Redis_failing_during_a_call_fails_the_call()
    {
        var prefix = "la-fallback-" + Guid.NewGuid().ToString("N");
        var logs = new CapturingLoggerProvider();
        using var limiter = new RedisLiveActivityRateLimiter(_connection, new RedisRateLimiterOptions { KeyPrefix = prefix }, logs.CreateLogger("budget"));
        var apiKey = Budgets.NewApiKey();
        await redis.Connection.GetDatabase().StringSetAsync($"{prefix}:{{{LiveActivityRateLimitContext.CreatePartitionKey(Budgets.BaseAddress, apiKey)}:update}}:log", "not a sorted set");

        await limiter.Invoking(l => l.AcquireAsync(Budgets.Context(apiKey, _clock), CancellationToken.None).AsTask())
            .Should().ThrowAsync<LiveActivityRedisUnavailableException>();
        logs.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task A_429_while_falling_back_pauses_the_in_process_budget_the_calls_use()
    {
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(UnreachableConfiguration());
        using var limiter = new RedisLiveActivityRateLimiter(unreachable, new RedisRateLimiterOptions { FallbackToInProcess = true }, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 10);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue("the fallback serves the call");

        limiter.OnResponse(context, (HttpStatusCode)429, TimeSpan.FromSeconds(2));

        var call = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        call.IsCompleted.Should().BeFalse("the in-process budget waits out the Retry-After although 9 permits are free");
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(2));
        _clock.Advance(TimeSpan.FromSeconds(2));
        (await call.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
    }

    public void Dispose() => _connection.Dispose();

    private static string UnreachableConfiguration()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port},connectTimeout=300,connectRetry=1,abortConnect=false";
    }
}
