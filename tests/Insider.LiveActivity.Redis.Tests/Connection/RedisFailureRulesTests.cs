using System.Net;
using System.Net.Sockets;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Connection;

/// <summary>
/// Every way Redis can fail becomes <see cref="LiveActivityRedisUnavailableException"/> whose message says why, that nothing was
/// sent, and what to do (docs/redis.md, <c>FallbackToInProcess</c>): not connected, an error reply, a timeout, a connection lost
/// while the command was on the wire, a multiplexer disposed under the call.
/// </summary>
public sealed class RedisFailureRulesTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Advice = "Set RedisRateLimiterOptions.FallbackToInProcess to fall back to an in-process budget instead.";

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task A_connection_that_is_not_connected_fails_the_call_at_once_saying_so()
    {
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(UnreachableConfiguration());
        using var limiter = new RedisLiveActivityRateLimiter(unreachable, null, null);

        var error = (await limiter.Invoking(l => l.AcquireAsync(Budgets.Context(Budgets.NewApiKey(), _clock), CancellationToken.None).AsTask())
            .Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which;

        error.Message.Should().StartWith("Redis is unreachable (it is not connected), so the shared rate budget cannot be checked").And.Contain("the call was not sent").And.EndWith(Advice);
        error.InnerException.Should().BeNull();
    }

    [Fact]
    public async Task An_error_reply_fails_the_call_naming_the_reply()
    {
        var prefix = "la-failure-" + Guid.NewGuid().ToString("N");
        using var connection = redis.Server.Connect();
        using var limiter = new RedisLiveActivityRateLimiter(connection, new RedisRateLimiterOptions { KeyPrefix = prefix }, null);
        var apiKey = Budgets.NewApiKey();
        var digest = LiveActivityRateLimitContext.CreatePartitionKey(Budgets.BaseAddress, apiKey);
        await redis.Connection.GetDatabase().StringSetAsync($"{prefix}:{{{digest}:update}}:log", "not a sorted set");

        var error = (await limiter.Invoking(l => l.AcquireAsync(Budgets.Context(apiKey, _clock), CancellationToken.None).AsTask())
            .Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which;

        error.Message.Should().StartWith("Redis is unreachable (it answered an error)").And.Contain("WRONGTYPE").And.Contain("the call was not sent").And.EndWith(Advice);
        error.Message.Should().NotContain("..", "Redis's reply ends with a period: the sentence that carries it does not add a second one");
        error.InnerException.Should().BeOfType<RedisServerException>();
    }

    [Fact]
    public async Task A_command_that_times_out_fails_the_call_saying_so()
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration + ",asyncTimeout=200,syncTimeout=200");
        using var limiter = new RedisLiveActivityRateLimiter(connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue("the scripts are loaded while Redis answers");

        using var admin = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration + ",allowAdmin=true");
        await admin.GetServer(admin.GetEndPoints()[0]).ExecuteAsync("CLIENT", "PAUSE", "1000", "ALL"); // Redis answers nothing for 1 s
        var error = (await limiter.Invoking(l => l.AcquireAsync(context, CancellationToken.None).AsTask())
            .Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which;

        error.Message.Should().StartWith("Redis is unreachable (a command timed out)").And.Contain("the call was not sent").And.EndWith(Advice);
        error.InnerException.Should().BeOfType<RedisTimeoutException>();
    }

    [Fact]
    public async Task A_connection_lost_during_the_command_fails_the_call_saying_the_connection_failed()
    {
        var lost = new RedisConnectionException(ConnectionFailureType.SocketClosed, "SocketClosed on 127.0.0.1:6379/Interactive");
        using var limiter = new RedisLiveActivityRateLimiter(FaultyConnection.Failing(lost), null, null);

        var error = (await limiter.Invoking(l => l.AcquireAsync(Budgets.Context(Budgets.NewApiKey(), _clock), CancellationToken.None).AsTask())
            .Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which;

        error.Message.Should().StartWith("Redis is unreachable (the connection failed), so the shared rate budget cannot be checked")
            .And.Contain("the call was not sent: SocketClosed on 127.0.0.1:6379/Interactive").And.EndWith(Advice);
        error.InnerException.Should().BeSameAs(lost);
    }

    [Fact]
    public async Task A_multiplexer_disposed_under_the_call_fails_it_saying_its_connection_was_disposed()
    {
        var disposed = new ObjectDisposedException("ConnectionMultiplexer");
        using var limiter = new RedisLiveActivityRateLimiter(FaultyConnection.Failing(disposed), null, null);

        var error = (await limiter.Invoking(l => l.AcquireAsync(Budgets.Context(Budgets.NewApiKey(), _clock), CancellationToken.None).AsTask())
            .Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which;

        error.Message.Should().StartWith("Redis is unreachable (its connection was disposed), so the shared rate budget cannot be checked")
            .And.Contain("the call was not sent").And.EndWith(Advice);
        error.InnerException.Should().BeSameAs(disposed);
    }

    [Fact]
    public async Task A_429_Redis_cannot_record_is_logged_saying_the_pause_holds_for_this_process_only_with_Redis_cause()
    {
        var lost = new RedisConnectionException(ConnectionFailureType.SocketClosed, "SocketClosed on 127.0.0.1:6379/Interactive");
        var logs = new CapturingLoggerProvider();
        using var limiter = new RedisLiveActivityRateLimiter(FaultyConnection.Failing(lost), null, logs.CreateLogger("budget"));

        await limiter.ReportAsync(Budgets.Context(Budgets.NewApiKey(), _clock), (System.Net.HttpStatusCode)429, null);

        logs.Entries.Should().ContainSingle().Which.Should().Be((
            Microsoft.Extensions.Logging.LogLevel.Warning,
            "budget",
            "A 429 of Update could not be recorded in Redis; the pause applies to this process only. Cause: SocketClosed on 127.0.0.1:6379/Interactive"));
    }

    private static string UnreachableConfiguration()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port},connectTimeout=300,connectRetry=1,abortConnect=false";
    }
}
