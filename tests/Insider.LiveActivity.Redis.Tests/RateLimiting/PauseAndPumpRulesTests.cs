using System.Globalization;
using System.Net;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.RateLimiting;

/// <summary>
/// How one process's queue uses the fleet's budget (docs/redis.md, "How it works"): a 429 pause is over at its end instant; a
/// call that leaves the queue during a pause takes no permit from the fleet; a call that arrives while the pump sleeps joins the
/// queue without asking Redis (one pump asks for every waiter); once the queue drains, nothing more is asked of Redis and the
/// next call takes a free permit at once.
/// </summary>
public sealed class PauseAndPumpRulesTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private readonly ConnectionMultiplexer _connectionA = redis.Server.Connect();
    private readonly ConnectionMultiplexer _connectionB = redis.Server.Connect();

    [Fact]
    public async Task A_pause_is_over_at_its_end_instant_so_a_call_then_takes_a_permit_without_queueing()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 0);
        await limiter.ReportAsync(context, (HttpStatusCode)429, TimeSpan.FromSeconds(1));

        _clock.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromMicroseconds(1));
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeFalse("the pause still runs and QueueLimit is 0");

        _clock.Advance(TimeSpan.FromMicroseconds(1));
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue("the pause ended at this instant");
    }

    [Fact]
    public async Task A_call_cancelled_during_a_pause_takes_no_permit_from_the_fleet()
    {
        using var processA = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var apiKey = Budgets.NewApiKey();
        var context = Budgets.Context(apiKey, _clock, permitLimit: 2);
        (await processA.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        (await processA.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        var first = processA.AcquireAsync(context, CancellationToken.None).AsTask();
        using var cancel = new CancellationTokenSource();
        var second = processA.AcquireAsync(context, cancel.Token).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1), "the pump sleeps until the oldest permit leaves the window");
        await processA.ReportAsync(context, (HttpStatusCode)429, TimeSpan.FromSeconds(2));
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1), "the pump wakes with two waiters into the 429 pause and sleeps until it ends");

        await cancel.CancelAsync();
        await second.Invoking(t => t.WaitAsync(Wait)).Should().ThrowAsync<OperationCanceledException>();
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await first.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
        var observer = Budgets.Context(apiKey, _clock, permitLimit: 2, queueLimit: 0);
        (await processB.AcquireAsync(observer, CancellationToken.None)).IsAcquired
            .Should().BeTrue("after the pause process A asked for its one remaining waiter, so the second permit is still the fleet's");
    }

    [Fact]
    public async Task Once_the_queue_drains_Redis_is_asked_nothing_more_and_the_next_call_takes_a_free_permit_at_once()
    {
        await using var server = await RedisServer.StartAsync(); // its own server: the script count below is this test's alone
        using var connection = server.Connect();
        using var admin = await ConnectionMultiplexer.ConnectAsync(server.Configuration + ",allowAdmin=true");
        using var limiter = new RedisLiveActivityRateLimiter(connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 1);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        var queued = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await queued.WaitAsync(Wait)).IsAcquired.Should().BeTrue();

        var scripts = await ScriptCallsAsync(admin);
        for (var i = 0; i < 20; i++)
        {
            await connection.GetDatabase().PingAsync(); // round trips on the limiter's own connection
        }

        (await ScriptCallsAsync(admin)).Should().Be(scripts, "with nobody waiting the pump has stopped");
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await limiter.AcquireAsync(context, CancellationToken.None).AsTask().WaitAsync(Wait)).IsAcquired
            .Should().BeTrue("a permit is free and nobody waits");
    }

    [Fact]
    public async Task A_call_arriving_while_the_pump_sleeps_joins_the_queue_without_asking_Redis()
    {
        await using var server = await RedisServer.StartAsync(); // its own server: the script count below is this test's alone
        using var connection = server.Connect();
        using var admin = await ConnectionMultiplexer.ConnectAsync(server.Configuration + ",allowAdmin=true");
        using var limiter = new RedisLiveActivityRateLimiter(connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 2);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        using var cancel = new CancellationTokenSource();
        var leaving = limiter.AcquireAsync(context, cancel.Token).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1), "the pump sleeps until the permit leaves the window");
        await cancel.CancelAsync();
        await leaving.Invoking(t => t.WaitAsync(Wait)).Should().ThrowAsync<OperationCanceledException>();
        var scripts = await ScriptCallsAsync(admin);

        var next = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        await Budgets.UntilAsync(() => limiter.QueuedCount(_clock) == 1, "the call queues");
        for (var i = 0; i < 20; i++)
        {
            await connection.GetDatabase().PingAsync(); // round trips on the limiter's own connection
        }

        (await ScriptCallsAsync(admin)).Should().Be(scripts, "the queue is empty but the pump still sleeps: it asks for the new waiter when the window slides");
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await next.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
        (await ScriptCallsAsync(admin)).Should().Be(scripts + 1, "one request for the one waiter");
    }

    public void Dispose()
    {
        _connectionA.Dispose();
        _connectionB.Dispose();
    }

    /// <summary>How many scripts (EVAL and EVALSHA) the server has run.</summary>
    private static async Task<long> ScriptCallsAsync(ConnectionMultiplexer admin)
    {
        var stats = await admin.GetServer(admin.GetEndPoints()[0]).InfoAsync("commandstats");
        return stats.SelectMany(group => group)
            .Where(stat => stat.Key is "cmdstat_eval" or "cmdstat_evalsha")
            .Sum(stat => long.Parse(stat.Value.Split(',')[0]["calls=".Length..], CultureInfo.InvariantCulture));
    }
}
