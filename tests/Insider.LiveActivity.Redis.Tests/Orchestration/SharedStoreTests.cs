using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Redis.Tests.Orchestration;

/// <summary>
/// Two hosts' orchestrators on one Redis store, one fake clock and one emulator: each drives the activities it holds a lease on (the
/// ones it planned, or claimed once their holder stopped renewing), a state published on either host reaches the holder, and a dead
/// host's activities are taken over within the lease time with nothing it acknowledged lost.
/// </summary>
public sealed class SharedStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly TimeSpan Lease = new LiveActivityOrchestratorOptions().LeaseDuration;
    private static readonly TimeSpan StartAt = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan EndsAt = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Each_host_drives_the_activities_it_planned_and_every_request_is_sent_once()
    {
        await using var pair = await HostPair.StartAsync(redis);
        await PlanAsync(pair.A, "a-", 10);
        await PlanAsync(pair.B, "b-", 10);

        await pair.RunUntilAsync(T0 + EndsAt);

        foreach (var endpoint in new[] { EmulatorEndpoint.Register, EmulatorEndpoint.Start, EmulatorEndpoint.End })
        {
            pair.A.Requests(endpoint, status: null).Should().HaveCount(20, $"each {endpoint} is sent by the holder of the activity's lease only, once");
        }

        foreach (var key in Keys("a-", 10).Concat(Keys("b-", 10)))
        {
            var record = (await pair.Store.GetAsync(key))!;
            (record.State, record.Starts, record.Ends).Should().Be((LiveActivityState.Ended, 1, 1));
        }

        pair.Count("UnexpectedFailure").Should().Be(0, "no host writes over another's activity: no conflict to recover from");
        pair.Count("LeaseLost").Should().Be(0);
    }

    [Fact]
    public async Task A_state_published_on_a_host_that_does_not_hold_the_activity_reaches_the_holder_within_a_third_of_the_lease()
    {
        await using var pair = await HostPair.StartAsync(redis);
        await PlanAsync(pair.A, "order-", 1);
        await pair.RunUntilAsync(T0 + StartAt + TimeSpan.FromMinutes(1));
        var activityId = (await pair.Store.GetAsync("order-0"))!.ActivityId!;

        var publishedAt = pair.A.Clock.GetUtcNow();
        await pair.B.Orchestrator.PublishAsync("order-0", Content("from-b"));
        await pair.RunUntilAsync(publishedAt + (Lease / 3) + TimeSpan.FromSeconds(1));

        var update = pair.A.Requests(EmulatorEndpoint.Update, activityId).Should().ContainSingle().Subject;
        Status(update).Should().Be("from-b");
        update.Timestamp.Should().BeOnOrBefore(publishedAt + (Lease / 3) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_dead_hosts_activities_are_taken_over_within_the_lease_time_and_nothing_it_acknowledged_is_lost()
    {
        await using var pair = await HostPair.StartAsync(redis);
        await PlanAsync(pair.A, "order-", 10);
        await pair.RunUntilAsync(T0 + StartAt + TimeSpan.FromSeconds(1));

        // Acknowledged by A (stored) but not sent: an /update waits SyncDelay (3 s) after the /start, and A dies before the clock moves.
        foreach (var key in Keys("order-", 10))
        {
            await pair.A.Orchestrator.PublishAsync(key, Content("acknowledged-by-a"));
        }

        var killedAt = pair.A.Clock.GetUtcNow();
        pair.A.Crash.Die();
        await pair.RunUntilAsync(killedAt + Lease + (Lease / 3) + TimeSpan.FromSeconds(2));

        pair.B.Logger.Count("LeasesClaimed").Should().BePositive("B claimed A's expired leases");
        foreach (var key in Keys("order-", 10))
        {
            var activityId = (await pair.Store.GetAsync(key))!.ActivityId!;
            var update = pair.A.Requests(EmulatorEndpoint.Update, activityId).Should().ContainSingle("the state A acknowledged is delivered by B").Subject;
            Status(update).Should().Be("acknowledged-by-a");
            update.Timestamp.Should().BeOnOrBefore(killedAt + Lease + (Lease / 3) + TimeSpan.FromSeconds(2), "B took over within the lease time and a renewal round");
        }

        await pair.RunUntilAsync(T0 + EndsAt);
        pair.A.Requests(EmulatorEndpoint.Start, status: null).Should().HaveCount(10, "A started them; B never sends a /start twice");
        pair.A.Requests(EmulatorEndpoint.End, status: 200).Should().HaveCount(10, "B ends every activity A started");
        foreach (var key in Keys("order-", 10))
        {
            var record = (await pair.Store.GetAsync(key))!;
            (record.State, record.Starts, record.Ends).Should().Be((LiveActivityState.Ended, 1, 1));
        }
    }

    [Fact]
    public async Task A_graceful_stop_frees_the_leases_so_another_host_takes_over_without_waiting_for_them_to_expire()
    {
        await using var pair = await HostPair.StartAsync(redis);
        await PlanAsync(pair.A, "order-", 5);
        await pair.RunUntilAsync(T0 + TimeSpan.FromSeconds(30));

        await pair.A.Orchestrator.StopAsync();
        var stoppedAt = pair.B.Clock.GetUtcNow();
        await pair.RunUntilAsync(stoppedAt + (Lease / 3) + TimeSpan.FromSeconds(1));

        pair.B.Logger.Entries.Should().Contain(e => e.Event == "LeasesClaimed" && e.Text.Contains(" 5 live activities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_under_a_lease_another_host_claimed_since_is_refused_and_the_new_holders_state_stays()
    {
        var store = new RedisLiveActivityStore(redis.Connection, "{fence-" + Guid.NewGuid().ToString("N") + "}");
        var plan = new LiveActivityRecord
        {
            Key = "order-1", Revision = 1, ActivityType = "OrderTrackingAttributes", StartAt = T0, EndsAt = T0 + TimeSpan.FromHours(1),
            StartContent = Content("placed"),
        };
        await store.AddAsync(plan);
        var first = (await store.TryClaimAsync("order-1", "host-a", T0, Lease))!;
        (await store.TryClaimAsync("order-1", "host-b", T0 + Lease - TimeSpan.FromSeconds(1), Lease)).Should().BeNull("a live lease is not claimed");
        (await store.ClaimAsync("host-b", 0, 10, T0 + Lease - TimeSpan.FromSeconds(1), Lease, TimeSpan.Zero)).Should().BeEmpty();

        var second = (await store.ClaimAsync("host-b", 0, 10, T0 + Lease + TimeSpan.FromSeconds(1), Lease, TimeSpan.Zero)).Should().ContainSingle().Subject;
        second.Token.Should().BeGreaterThan(first.Token, "every claim increments the fencing token");
        await store.SaveUnderLeaseAsync(plan with { Revision = 2, LastError = "written by b" }, second);

        var late = () => store.SaveUnderLeaseAsync(plan with { Revision = 3, LastError = "written by a, who woke late" }, first);
        (await late.Should().ThrowAsync<LiveActivityLeaseLostException>()).Which.Message.Should().Contain("another host");
        (await store.GetAsync("order-1"))!.LastError.Should().Be("written by b");
        (await store.RenewAsync([first], T0 + Lease + TimeSpan.FromSeconds(2), Lease)).Should().BeEmpty("A's lease is lost");
        (await store.RenewAsync([second], T0 + Lease + TimeSpan.FromSeconds(2), Lease)).Should().Equal(new Dictionary<string, long> { ["order-1"] = 2 });
        await store.SaveAsync(plan with { Revision = 3, LastError = "published on any host" }); // a write without a lease: revision only
        (await store.GetAsync("order-1"))!.Revision.Should().Be(3);
    }

    [Fact]
    public async Task A_lease_that_expired_less_than_the_grace_ago_stays_its_holders_to_renew()
    {
        var store = new RedisLiveActivityStore(redis.Connection, "{grace-" + Guid.NewGuid().ToString("N") + "}");
        await store.AddAsync(Record("order-1"));
        var held = (await store.TryClaimAsync("order-1", "host-a", T0, Lease))!;
        var grace = Lease / 3;

        (await store.ClaimAsync("host-b", 0, 10, T0 + Lease + (grace / 2), Lease, grace)).Should().BeEmpty("the holder may still renew after a store outage");
        (await store.RenewAsync([held], T0 + Lease + (grace / 2), Lease)).Should().ContainKey("order-1", "nobody claimed it: the token is still the holder's");
        (await store.ClaimAsync("host-b", 0, 10, T0 + (Lease * 2) + (grace / 2) + grace, Lease, grace)).Should().ContainSingle("expired for longer than the grace");
    }

    [Fact]
    public async Task A_host_claims_no_more_than_its_fair_share_of_the_open_records_among_the_live_hosts()
    {
        var store = new RedisLiveActivityStore(redis.Connection, "{share-" + Guid.NewGuid().ToString("N") + "}");
        foreach (var key in Keys("order-", 10))
        {
            await store.AddAsync(Record(key));
        }

        (await store.ClaimAsync("host-b", 0, 1, T0, Lease, TimeSpan.Zero)).Should().HaveCount(1, "max 1");
        (await store.ClaimAsync("host-a", 0, 100, T0, Lease, TimeSpan.Zero)).Should().HaveCount(5, "two live hosts: a share of 10 / 2");
        (await store.ClaimAsync("host-b", 1, 100, T0, Lease, TimeSpan.Zero)).Should().HaveCount(4, "its share of 5 less the 1 it holds");
        (await store.ClaimAsync("host-c", 0, 100, T0 + Lease + TimeSpan.FromSeconds(1), Lease, TimeSpan.Zero)).Should().HaveCount(10,
            "a and b did not claim for a lease time: they are no longer live hosts, and their leases expired");
    }

    private static LiveActivityRecord Record(string key) => new()
    {
        Key = key, Revision = 1, ActivityType = "OrderTrackingAttributes", StartAt = T0, EndsAt = T0 + TimeSpan.FromHours(1), StartContent = Content("placed"),
    };

    private static IEnumerable<string> Keys(string prefix, int count) => Enumerable.Range(0, count).Select(i => prefix + i);

    private static string Status(RecordedRequest request) => request.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>();

    private static async Task PlanAsync(OrchestratorHarness host, string prefix, int count)
    {
        foreach (var key in Keys(prefix, count))
        {
            await host.Orchestrator.PlanAsync(Plan(key, T0 + StartAt, T0 + EndsAt));
        }
    }
}
