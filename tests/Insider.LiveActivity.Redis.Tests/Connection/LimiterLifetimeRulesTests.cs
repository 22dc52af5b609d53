using System.Net;
using System.Net.Sockets;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Connection;

/// <summary>
/// The limiter's contract with its caller (docs/redis.md): a connection the caller gives stays the caller's, one the limiter opened
/// itself (<c>UseRedisRateLimiter(configuration)</c>) is closed with it; invalid options are
/// refused at construction; a cancelled call takes no permit; <c>FallbackToInProcess</c> changes nothing while Redis answers, and
/// its warning names the cause once Redis does not.
/// </summary>
public sealed class LimiterLifetimeRulesTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Disposing_the_limiter_leaves_the_callers_connection_open()
    {
        using var connection = redis.Server.Connect();
        var limiter = new RedisLiveActivityRateLimiter(connection, null, null);
        (await limiter.AcquireAsync(Budgets.Context(Budgets.NewApiKey(), _clock), CancellationToken.None)).IsAcquired.Should().BeTrue();

        limiter.Dispose();

        connection.IsConnected.Should().BeTrue();
    }

    [Fact]
    public async Task Disposing_the_limiter_closes_the_connection_it_opened_itself()
    {
        var name = "la-owned-" + Guid.NewGuid().ToString("N");
        using var admin = await ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration + ",allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        int Clients() => server.ClientList().Count(c => c.Name == name);
        await using (var host = new ClientHost(builder => builder.UseRedisRateLimiter(redis.Server.Configuration + ",name=" + name)))
        {
            await host.UpdateAsync();
            Clients().Should().BePositive("the limiter opened its connection to take the permit");
        }

        await Budgets.UntilAsync(() => Clients() == 0, "the limiter closes the connection it opened when the host disposes it");
    }

    [Fact]
    public void A_key_prefix_with_a_brace_is_refused_at_construction()
    {
        using var connection = redis.Server.Connect();

        var create = () => new RedisLiveActivityRateLimiter(connection, new RedisRateLimiterOptions { KeyPrefix = "budget{x}" }, null);

        create.Should().Throw<ArgumentException>().Which.Message.Should().Contain("KeyPrefix");
    }

    [Fact]
    public async Task A_call_cancelled_before_it_asks_takes_no_permit()
    {
        using var connection = redis.Server.Connect();
        using var limiter = new RedisLiveActivityRateLimiter(connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 0);

        await limiter.Invoking(l => l.AcquireAsync(context, new CancellationToken(canceled: true)).AsTask()).Should().ThrowAsync<OperationCanceledException>();

        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue("the only permit is still free");
    }

    [Fact]
    public async Task With_the_fallback_enabled_and_Redis_answering_the_budget_is_shared_and_nothing_is_logged()
    {
        using var connection = redis.Server.Connect();
        var logs = new CapturingLoggerProvider();
        using var processA = new RedisLiveActivityRateLimiter(connection, new RedisRateLimiterOptions { FallbackToInProcess = true }, logs.CreateLogger("a"));
        using var processB = new RedisLiveActivityRateLimiter(connection, new RedisRateLimiterOptions { FallbackToInProcess = true }, logs.CreateLogger("b"));
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 0);

        (await processA.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        (await processB.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeFalse("process A took the fleet's only permit");

        logs.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task The_fallback_warning_names_the_cause_and_is_logged_once_per_outage()
    {
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(UnreachableConfiguration());
        var logs = new CapturingLoggerProvider();
        using var limiter = new RedisLiveActivityRateLimiter(unreachable, new RedisRateLimiterOptions { FallbackToInProcess = true }, logs.CreateLogger("budget"));
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 10);

        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();

        logs.Entries.Should().ContainSingle().Which.Should().Match<(LogLevel Level, string Category, string Message)>(
            e => e.Level == LogLevel.Warning && e.Message.EndsWith("Cause: not connected", StringComparison.Ordinal));
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
