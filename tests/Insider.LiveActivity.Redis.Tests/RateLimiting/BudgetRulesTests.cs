using System.Net;
using System.Net.Sockets;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.RateLimiting;

/// <summary>
/// Rules of the shared budget (docs/redis.md, "How it works"; vendor spec: "Your rate limit buckets are separate per endpoint"):
/// one budget and one pause per endpoint, named by the endpoint; only a process that saw a 429 ends the fleet's run of 429s; a
/// response without a status changes nothing; the reporting process pauses itself at once, even when Redis cannot take the report.
/// </summary>
public sealed class BudgetRulesTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();
    private readonly ConnectionMultiplexer _connectionA = redis.Server.Connect();
    private readonly ConnectionMultiplexer _connectionB = redis.Server.Connect();

    [Fact]
    public async Task Every_endpoint_has_its_own_budget_and_pause_keyed_by_its_name()
    {
        var prefix = "la-rules-" + Guid.NewGuid().ToString("N");
        using var limiter = new RedisLiveActivityRateLimiter(_connectionA, new RedisRateLimiterOptions { KeyPrefix = prefix }, null);
        var apiKey = Budgets.NewApiKey();
        var endpoints = new Dictionary<LiveActivityEndpoint, string>
        {
            [LiveActivityEndpoint.Register] = "register",
            [LiveActivityEndpoint.AddUsers] = "add-users",
            [LiveActivityEndpoint.RemoveUsers] = "remove-users",
            [LiveActivityEndpoint.Start] = "start",
            [LiveActivityEndpoint.Update] = "update",
            [LiveActivityEndpoint.End] = "end",
        };

        foreach (var endpoint in endpoints.Keys)
        {
            var context = Budgets.Context(apiKey, _clock, permitLimit: 1, endpoint: endpoint);
            (await limiter.AcquireAsync(context, CancellationToken.None)).IsAcquired.Should().BeTrue($"{endpoint} has a budget of its own");
            await limiter.ReportAsync(context, (HttpStatusCode)429, retryAfter: null);
        }

        var digest = LiveActivityRateLimitContext.CreatePartitionKey(Budgets.BaseAddress, apiKey);
        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var keys = server.Keys(pattern: prefix + ":*").Select(k => k.ToString()).ToList();
        keys.Should().BeEquivalentTo(endpoints.Values.SelectMany(name => new[] { $"{prefix}:{{{digest}:{name}}}:log", $"{prefix}:{{{digest}:{name}}}:pause" }));
    }

    [Fact]
    public async Task A_success_in_a_process_that_saw_no_429_leaves_the_fleets_run_of_429s_going()
    {
        using var processA = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var processB = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        using var observer = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, baseDelay: TimeSpan.FromMilliseconds(100));

        await processA.ReportAsync(context, (HttpStatusCode)429, null);
        await processB.ReportAsync(context, HttpStatusCode.OK, null);
        await processA.ReportAsync(context, (HttpStatusCode)429, null);

        (await PauseSeenByAsync(observer, context)).Should().Be(TimeSpan.FromMilliseconds(200), "the second consecutive 429 of the fleet");
    }

    [Fact]
    public async Task A_response_without_a_status_neither_ends_nor_extends_the_run_of_429s()
    {
        using var process = new RedisLiveActivityRateLimiter(_connectionA, null, null);
        using var observer = new RedisLiveActivityRateLimiter(_connectionB, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, baseDelay: TimeSpan.FromMilliseconds(100));

        await process.ReportAsync(context, (HttpStatusCode)429, null);
        await process.ReportAsync(context, statusCode: null, null);
        await process.ReportAsync(context, (HttpStatusCode)429, null);

        (await PauseSeenByAsync(observer, context)).Should().Be(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task A_process_pauses_itself_for_the_doubling_backoff_even_when_Redis_cannot_take_the_report()
    {
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(UnreachableConfiguration());
        var logs = new CapturingLoggerProvider();
        using var process = new RedisLiveActivityRateLimiter(unreachable, null, logs.CreateLogger("budget"));
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, baseDelay: TimeSpan.FromMilliseconds(100));

        for (var i = 0; i < 3; i++)
        {
            await process.ReportAsync(context, (HttpStatusCode)429, null);
        }

        var call = process.AcquireAsync(context, CancellationToken.None).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromMilliseconds(400), "100 ms doubled for each consecutive 429");
        call.IsCompleted.Should().BeFalse();
        logs.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning).Should().HaveCount(3, "each report Redis could not take is logged");
        _clock.Advance(TimeSpan.FromMilliseconds(400));
        await call.Invoking(c => c.WaitAsync(Wait)).Should().ThrowAsync<LiveActivityRedisUnavailableException>();
    }

    [Fact]
    public async Task A_process_pauses_itself_for_the_capped_retry_after_even_when_Redis_cannot_take_the_report()
    {
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(UnreachableConfiguration());
        using var process = new RedisLiveActivityRateLimiter(unreachable, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, maxRetryAfter: TimeSpan.FromSeconds(2));

        await process.ReportAsync(context, (HttpStatusCode)429, TimeSpan.FromSeconds(10));
        await process.ReportAsync(context, (HttpStatusCode)429, TimeSpan.FromSeconds(1));

        var call = process.AcquireAsync(context, CancellationToken.None).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(2), "Retry-After capped at MaxRetryAfter, and a later shorter pause never shortens it");
        _clock.Advance(TimeSpan.FromSeconds(2));
        await call.Invoking(c => c.WaitAsync(Wait)).Should().ThrowAsync<LiveActivityRedisUnavailableException>();
    }

    [Fact]
    public async Task A_retry_after_under_the_cap_pauses_the_process_for_exactly_that_long()
    {
        using var unreachable = await ConnectionMultiplexer.ConnectAsync(UnreachableConfiguration());
        using var process = new RedisLiveActivityRateLimiter(unreachable, null, null);
        var context = Budgets.Context(Budgets.NewApiKey(), _clock, permitLimit: 100, maxRetryAfter: TimeSpan.FromSeconds(2));

        await process.ReportAsync(context, (HttpStatusCode)429, TimeSpan.FromSeconds(1));

        var call = process.AcquireAsync(context, CancellationToken.None).AsTask();
        (await _clock.NextTimerAsync().WaitAsync(Wait)).Should().Be(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await call.Invoking(c => c.WaitAsync(Wait)).Should().ThrowAsync<LiveActivityRedisUnavailableException>();
    }

    public void Dispose()
    {
        _connectionA.Dispose();
        _connectionB.Dispose();
    }

    private static string UnreachableConfiguration()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port},connectTimeout=300,connectRetry=1,abortConnect=false";
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
