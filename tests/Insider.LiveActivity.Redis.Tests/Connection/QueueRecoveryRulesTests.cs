using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Connection;

/// <summary>
/// Redis failing under a queue (docs/redis.md, "When Redis is unreachable"): every call waiting in this process fails with the
/// typed error (none hangs), and once Redis is back the budget works as before: a new call takes a free permit at once and a
/// call that has to wait is queued and served. Each test kills and restarts its own redis-server.
/// </summary>
public sealed class QueueRecoveryRulesTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task After_Redis_fails_under_a_queue_and_comes_back_new_and_queued_calls_are_served_again()
    {
        await using var server = await RedisServer.StartAsync();
        using var connection = server.Connect();
        using var limiter = new RedisLiveActivityRateLimiter(connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, window: TimeSpan.FromSeconds(1), queueLimit: 1);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        var queued = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1), "the pump sleeps until the permit leaves the window");

        await server.KillAsync();
        await UntilAsync(() => !connection.IsConnected, "the multiplexer sees Redis gone");
        _clock.Advance(TimeSpan.FromSeconds(1)); // the pump wakes and asks Redis, which is down

        var error = (await queued.Invoking(t => t.WaitAsync(Wait)).Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which;
        error.Message.Should().StartWith("Redis is unreachable (it is not connected)").And.Contain("the call was not sent");
        limiter.QueuedCount(_clock).Should().Be(0, "a failed waiter leaves the queue");

        await server.RestartAsync();
        await UntilAsync(() => connection.IsConnected, "the multiplexer reconnects");
        _clock.Advance(TimeSpan.FromSeconds(1));

        (await limiter.AcquireAsync(context, CancellationToken.None).AsTask().WaitAsync(Wait)).IsAcquired
            .Should().BeTrue("a permit is free and nobody waits: the call takes it at once (QueueLimit 1 is not used up by the failed waiter)");
        var next = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1), "a new pump serves the queue");
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await next.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
    }

    /// <summary>Waits (bounded: 30 s, then fails) for a real server process or socket to change state.</summary>
    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, what);
            await Task.Delay(10);
        }
    }
}
