using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Redis.Tests.Orchestration;

/// <summary>
/// Two orchestrators that both loaded the same open activities from one Redis store, on one fake clock, against one emulator:
/// each due register, start and end is claimed by recording its intent (a compare-and-set on the revision); the instance that
/// loses gets a conflict, reloads the record and does not send. Every activity gets exactly one register, start and end.
/// </summary>
public sealed class TwoInstancesTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const int Activities = 20;

    [Fact]
    public async Task Two_instances_on_one_store_send_each_register_start_and_end_once()
    {
        var prefix = "{two-" + Guid.NewGuid().ToString("N") + "}";
        await using var a = new OrchestratorHarness(store: new RedisLiveActivityStore(redis.Connection, prefix));
        await a.StartAsync();
        var startAt = T0 + TimeSpan.FromMinutes(35);
        var endsAt = T0 + TimeSpan.FromHours(2);
        for (var i = 0; i < Activities; i++)
        {
            await a.Orchestrator.PlanAsync(Plan("order-" + i, startAt, endsAt));
        }

        var b = new OrchestratorHarness(clock: a.Clock, emulator: a.Emulator, store: new RedisLiveActivityStore(redis.Connection, prefix));
        try
        {
            await b.StartAsync();
            await RunBothUntilAsync(a, b, endsAt);

            foreach (var endpoint in new[] { EmulatorEndpoint.Register, EmulatorEndpoint.Start, EmulatorEndpoint.End })
            {
                a.Emulator.Requests.Count(r => r.Endpoint == endpoint).Should().Be(Activities, $"each {endpoint} is sent by one instance only, once");
            }

            var store = new RedisLiveActivityStore(redis.Connection, prefix);
            for (var i = 0; i < Activities; i++)
            {
                var record = (await store.GetAsync("order-" + i))!;
                record.State.Should().Be(LiveActivityState.Ended);
                (record.Starts, record.Ends).Should().Be((1, 1));
            }

            (a.Logger.Count("ActivityFailed") + b.Logger.Count("ActivityFailed")).Should().Be(0);
            (a.Logger.Count("UnexpectedFailure") + b.Logger.Count("UnexpectedFailure")).Should().BePositive("the instances competed: each claim lost is a conflict, logged, then a reload");
        }
        finally
        {
            await b.Orchestrator.DisposeAsync(); // the emulator is a's, disposed with it
        }
    }

    /// <summary>Moves the shared clock from one wake-up of either dispatcher to the next, letting both settle at each.</summary>
    private static async Task RunBothUntilAsync(OrchestratorHarness a, OrchestratorHarness b, DateTimeOffset target)
    {
        for (var steps = 0; ; steps++)
        {
            steps.Should().BeLessThan(100_000);
            await a.SettleAsync();
            await b.SettleAsync();
            var now = a.Clock.GetUtcNow();
            if (now >= target)
            {
                return;
            }

            var next = new[] { a.Orchestrator.NextWakeAt, b.Orchestrator.NextWakeAt, target }.Where(t => t is not null).Min()!.Value;
            a.Clock.Advance(next > now ? next - now : TimeSpan.Zero);
        }
    }
}
