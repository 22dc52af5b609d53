using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Redis.Tests.Orchestration;

/// <summary>
/// The orchestrator on a Redis store (AOF, appendfsync always) whose server is killed and restarted on the same port: calls fail with
/// <see cref="LiveActivityStoreUnavailableException"/> and acknowledge nothing, the dispatcher sends nothing it could not record (nor
/// anything once its leases can no longer be renewed) and keeps running, and once Redis is back it renews the leases nobody else claimed
/// and resumes by itself with everything acknowledged before the crash.
/// </summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task A_Redis_outage_fails_calls_clearly_pauses_dispatching_and_dispatching_resumes_when_Redis_is_back()
    {
        await using var server = await RedisServer.StartAsync(appendOnly: true, appendFsync: "always");
        await using var connection = server.Connect();
        var store = new RedisLiveActivityStore(connection, "{outage}");
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        var endsAt = T0 + TimeSpan.FromHours(1);
        await h.Orchestrator.PlanAsync(Plan("early", T0 + TimeSpan.FromMinutes(1), endsAt));
        await h.Orchestrator.PlanAsync(Plan("late", T0 + TimeSpan.FromMinutes(5), endsAt));
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(2));
        (await h.Orchestrator.GetStatusAsync("early"))!.State.Should().Be(LiveActivityState.Started);
        var lateId = (await store.GetAsync("late"))!.ActivityId!;

        await server.KillAsync();

        var publish = await h.Orchestrator.Invoking(o => o.PublishAsync("early", Content("lost"))).Should().ThrowAsync<LiveActivityStoreUnavailableException>();
        publish.Which.Should().BeAssignableTo<LiveActivityException>();
        publish.Which.Message.Should().Contain("Redis store is unreachable").And.NotContain(h.Emulator.ApiKey);
        await h.Orchestrator.Invoking(o => o.PlanAsync(Plan("new", T0 + TimeSpan.FromMinutes(3), endsAt))).Should().ThrowAsync<LiveActivityStoreUnavailableException>();
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(10));
        h.Requests(EmulatorEndpoint.Start, lateId, status: null).Should().BeEmpty("no /start is sent while its intent cannot be recorded");
        h.Logger.Count("LeaseRoundFailed").Should().BePositive("the failed lease renewals are logged; no request goes out once a lease is within a third of its expiry");

        await server.RestartAsync();
        await WaitForReconnectAsync(connection);
        await h.Orchestrator.PublishAsync("early", Content("after"));
        await h.RunForAsync(TimeSpan.FromMinutes(1));

        h.Requests(EmulatorEndpoint.Start, lateId).Should().HaveCount(1, "the deferred /start is sent once Redis answers");
        (await h.Orchestrator.GetStatusAsync("late"))!.State.Should().Be(LiveActivityState.Started);
        var early = (await store.GetAsync("early"))!;
        early.State.Should().Be(LiveActivityState.Started, "the state acknowledged before the crash survived it (AOF)");
        early.LatestContent!.ContentState["status"]!.GetValue<string>().Should().Be("after", "the publish that failed was never acknowledged nor stored");
        early.HasPendingUpdate.Should().BeFalse();
        (await store.GetAsync("new")).Should().BeNull();
    }

    /// <summary>Waits (real time, bounded) for the multiplexer's background reconnect to the restarted server.</summary>
    private static async Task WaitForReconnectAsync(StackExchange.Redis.IConnectionMultiplexer connection)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!connection.IsConnected)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the multiplexer reconnects to the restarted server");
            await Task.Delay(20);
        }
    }
}
