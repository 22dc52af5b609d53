using System.Net;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.RateLimiting;

/// <summary>A 429 seen by one process pauses the endpoint for every process: Retry-After (capped), else a doubling backoff (capped at the window).</summary>
public sealed class SharedPauseTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private readonly ConnectionMultiplexer _connectionA = redis.Server.Connect();
    private readonly ConnectionMultiplexer _connectionB = redis.Server.Connect();

    [Fact]
    public async Task OnResponse_429InOneProcess_PausesTheOtherForTheBaseDelay()
    {
        using var processA = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, baseDelay: TimeSpan.FromMilliseconds(200));

        await processA.ReportAsync(context, (HttpStatusCode)429, retryAfter: null);
        var inB = processB.AcquireAsync(context, CancellationToken.None).AsTask();

        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromMilliseconds(200), "process B learns the pause from Redis");
        inB.IsCompleted.Should().BeFalse("permits are free, but the endpoint is paused");
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        (await inB.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task OnResponse_Consecutive429s_DoubleThePauseAndASuccessResetsIt()
    {
        using var processA = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, baseDelay: TimeSpan.FromMilliseconds(100));

        using var observer = new RedisLiveActivityRateLimiter(_connectionB, null, null);

        await processA.ReportAsync(context, (HttpStatusCode)429, null);
        await processB.ReportAsync(context, (HttpStatusCode)429, null);
        await processA.ReportAsync(context, (HttpStatusCode)429, null);
        (await PauseSeenByAsync(observer, context)).Should().Be(TimeSpan.FromMilliseconds(400), "the third consecutive 429 of the fleet");

        await processA.ReportAsync(context, HttpStatusCode.OK, null);
        await processA.ReportAsync(context, (HttpStatusCode)429, null);
        (await PauseSeenByAsync(observer, context)).Should().Be(TimeSpan.FromMilliseconds(100), "a success ended the run of 429s");
    }

    [Fact]
    public async Task OnResponse_429WithRetryAfter_PausesForItCappedAtMaxRetryAfter()
    {
        using var processA = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, maxRetryAfter: TimeSpan.FromSeconds(2));

        await processA.ReportAsync(context, (HttpStatusCode)429, TimeSpan.FromSeconds(10));

        (await PauseSeenByAsync(processB, context)).Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task OnResponse_BackoffWithoutRetryAfter_NeverExceedsTheWindow()
    {
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, window: TimeSpan.FromSeconds(1), baseDelay: TimeSpan.FromMilliseconds(300));
        for (var i = 0; i < 5; i++)
        {
            await limiter.ReportAsync(context, (HttpStatusCode)429, null);
        }

        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        (await PauseSeenByAsync(processB, context)).Should().Be(TimeSpan.FromSeconds(1));
    }

    public void Dispose()
    {
        _connectionA.Dispose();
        _connectionB.Dispose();
    }

    /// <summary>Starts an acquire in <paramref name="process"/> and returns the pause its pump sleeps, then lets the call through.</summary>
    private async Task<TimeSpan> PauseSeenByAsync(RedisLiveActivityRateLimiter process, LiveActivityRateLimitContext context)
    {
        var call = process.AcquireAsync(context, CancellationToken.None).AsTask();
        var pause = await _clock.NextTimerAsync().WaitAsync(Wait);
        _clock.Advance(pause);
        (await call.WaitAsync(Wait)).IsAcquired.Should().BeTrue();
        return pause;
    }
}
