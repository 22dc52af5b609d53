using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.RateLimiting;

/// <summary>The queue of one process: bounded by QueueLimit like the in-process budget, a cancelled waiter leaves it, disposal rejects it.</summary>
public sealed class QueueTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private readonly ConnectionMultiplexer _connection = redis.Server.Connect();

    [Fact]
    public async Task AcquireAsync_QueueFull_RejectsAtOnceWithoutWaiting()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 2);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        var queued = new[] { limiter.AcquireAsync(context, CancellationToken.None).AsTask(), limiter.AcquireAsync(context, CancellationToken.None).AsTask() };
        await Budgets.UntilAsync(() => limiter.QueuedCount(_clock) == 2, "two waiters queue");

        using var overflow = await limiter.AcquireAsync(context, CancellationToken.None).AsTask().WaitAsync(Wait);

        overflow.IsAcquired.Should().BeFalse("QueueLimit is 2 and two calls already wait");
        queued.Should().OnlyContain(t => !t.IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_QueueLimitZero_RejectsWhenNoPermitIsFree()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1, queueLimit: 0);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();

        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeFalse();
    }

    [Fact]
    public async Task AcquireAsync_WaiterCancelled_LeavesTheQueueAndTheNextOneGetsThePermit()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        using var cancel = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(context, cancel.Token).AsTask();
        await Budgets.UntilAsync(() => limiter.QueuedCount(_clock) == 1, "the first waiter queues");
        var next = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        await Budgets.UntilAsync(() => limiter.QueuedCount(_clock) == 2, "the second waiter queues");

        await cancel.CancelAsync();

        await cancelled.Invoking(t => t.WaitAsync(Wait)).Should().ThrowAsync<OperationCanceledException>();
        limiter.QueuedCount(_clock).Should().Be(1);
        await Budgets.UntilAsync(() => _clock.PendingOneShotTimers == 1, "the pump sleeps until the window slides");
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await next.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task Dispose_WithWaiters_RejectsThem()
    {
        var limiter = new RedisLiveActivityRateLimiter(_connection, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 1);
        (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue();
        var waiter = limiter.AcquireAsync(context, CancellationToken.None).AsTask();
        await Budgets.UntilAsync(() => limiter.QueuedCount(_clock) == 1, "the waiter queues");

        limiter.Dispose();

        (await waiter.WaitAsync(Wait)).IsAcquired.Should().BeFalse();
        await limiter.Invoking(l => l.AcquireAsync(context, CancellationToken.None).AsTask()).Should().ThrowAsync<ObjectDisposedException>();
    }

    public void Dispose() => _connection.Dispose();
}
