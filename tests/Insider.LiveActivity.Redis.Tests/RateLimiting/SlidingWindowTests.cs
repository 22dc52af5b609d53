using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.RateLimiting;

/// <summary>
/// The shared sliding window on a real Redis, driven by a fake clock (a client on a non-system clock passes its time to the scripts,
/// so the window moves only when the test advances the clock). "Two processes" are two limiters on two connections.
/// </summary>
public sealed class SlidingWindowTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private readonly ConnectionMultiplexer _connectionA = redis.Server.Connect();
    private readonly ConnectionMultiplexer _connectionB = redis.Server.Connect();

    [Fact]
    public async Task AcquireAsync_WithinPermitLimit_GrantsAtOnce()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 3);

        for (var i = 0; i < 3; i++)
        {
            using var lease = await limiter.AcquireAsync(context, CancellationToken.None);
            lease.IsAcquired.Should().BeTrue();
        }

        limiter.QueuedCount(_clock).Should().Be(0);
    }

    [Fact]
    public async Task AcquireAsync_OverPermitLimit_WaitsUntilTheOldestPermitLeavesTheWindow()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 3, window: TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++)
        {
            (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        }

        var fourth = limiter.AcquireAsync(context, CancellationToken.None).AsTask();

        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1), "Redis reports when the oldest permit leaves the window");
        limiter.QueuedCount(_clock).Should().Be(1);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        fourth.IsCompleted.Should().BeFalse();

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await fourth.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task AcquireAsync_TwoProcessesOneKey_ShareOnePermitLimit()
    {
        using var processA = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 4);
        for (var i = 0; i < 2; i++)
        {
            (await processA.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
            (await processB.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        }

        var fifthInA = processA.AcquireAsync(context, CancellationToken.None).AsTask();
        var fifthInB = processB.AcquireAsync(context, CancellationToken.None).AsTask();
        await Budgets.UntilAsync(() => _clock.PendingOneShotTimers == 2, "both processes wait for the window to slide");

        fifthInA.IsCompleted.Should().BeFalse("the fleet already took the 4 permits of the window");
        fifthInB.IsCompleted.Should().BeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));

        // A process that asked Redis just before the advance arms its timer just after it, one window later on this fake clock:
        // keep the clock moving until both have been served (each was refused above while the window was full).
        await Budgets.UntilAsync(
            () =>
            {
                if (fifthInA.IsCompleted && fifthInB.IsCompleted)
                {
                    return true;
                }

                _clock.Advance(TimeSpan.FromMilliseconds(50));
                return false;
            },
            "both processes are served once the window slides");
        (await fifthInA).IsAcquired.Should().BeTrue();
        (await fifthInB).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task AcquireAsync_TwoKeys_HaveSeparateBudgets()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        var first = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1);
        var second = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1);
        var otherEndpoint = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, endpoint: LiveActivityEndpoint.Start);

        (await limiter.AcquireAsync(first, CancellationToken.None)).IsAcquired.Should().BeTrue();
        (await limiter.AcquireAsync(second, CancellationToken.None)).IsAcquired.Should().BeTrue();
        (await limiter.AcquireAsync(otherEndpoint, CancellationToken.None)).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task AcquireAsync_ManyWaiters_ServedOldestFirstAsPermitsFree()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 2, window: TimeSpan.FromSeconds(1));
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        var order = new List<int>();
        var waiters = new Task[3];
        for (var i = 0; i < waiters.Length; i++)
        {
            var index = i;
            waiters[i] = limiter.AcquireAsync(context, CancellationToken.None).AsTask()
                .ContinueWith(t => { lock (order) { order.Add(index); } return t.Result; }, TaskScheduler.Default);
            await Budgets.UntilAsync(() => limiter.QueuedCount(_clock) == index + 1, "each waiter joins the queue in turn");
        }

        await Budgets.UntilAsync(() => _clock.PendingOneShotTimers == 1, "the pump asleep");

        _clock.Advance(TimeSpan.FromMilliseconds(500)); // t = 1.0 s: the first permit leaves the window
        await waiters[0].WaitAsync(Wait);
        await Budgets.UntilAsync(() => _clock.PendingOneShotTimers == 1, "the pump sleeps until the next permit frees");
        waiters[1].IsCompleted.Should().BeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(500)); // t = 1.5 s: the second one
        await waiters[1].WaitAsync(Wait);

        order.Should().Equal(0, 1);
        waiters[2].IsCompleted.Should().BeFalse("only two permits per window");
    }

    public void Dispose()
    {
        _connectionA.Dispose();
        _connectionB.Dispose();
    }
}
