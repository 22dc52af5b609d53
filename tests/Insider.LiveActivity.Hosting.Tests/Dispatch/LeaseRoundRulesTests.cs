using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// The lease round of a store shared by several hosts (<c>LiveActivityOrchestrator.Leases.cs</c>; docs/orchestration.md, "Running
/// several instances", "Leases"): every third of <c>LeaseDuration</c> it renews the leases held and claims free ones, and ones expired
/// for a third of a lease, at most <c>LeaseClaimBatch</c> per call (again at once while a claim comes back full) and no more than the
/// host's fair share among the live hosts; a failed round is tried again within a second. On the in-memory lease store, one fake clock.
/// </summary>
public sealed class LeaseRoundRulesTests
{
    private static readonly TimeSpan Lease = new LiveActivityOrchestratorOptions().LeaseDuration;
    private static readonly TimeSpan Third = Lease / 3;

    [Fact]
    public async Task A_round_runs_every_third_of_the_lease_and_extends_each_held_lease_by_a_lease_from_its_time()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromHours(2)));

        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(35));

        store.Claims.Select(c => c.Now).Should().Equal(T0, T0 + Third, T0 + (2 * Third), T0 + (3 * Third));
        store.Claims.Should().AllSatisfy(c => (c.Duration, c.Grace).Should().Be((Lease, Third), "leases last LeaseDuration; the claim grace is a third of it"));
        store.Renewals.Should().Equal((T0 + Third, 1, 1), (T0 + (2 * Third), 1, 1), (T0 + (3 * Third), 1, 1));
        store.LeaseOf("order-1").ExpiresAt.Should().Be(T0 + (3 * Third) + Lease);
        h.Logger.Count("LeaseRoundFailed").Should().Be(0);
    }

    [Fact]
    public async Task A_host_claims_at_most_LeaseClaimBatch_per_call_and_claims_again_at_once_while_a_claim_comes_back_full()
    {
        var store = new InMemoryLeaseStore();
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(Planned("order-" + i));
        }

        await using var h = new OrchestratorHarness(store: store, configure: o => o.LeaseClaimBatch = 2);
        await h.StartAsync();
        await h.RunUntilAsync(T0 + Third);

        store.Claims.Select(c => (c.Now, c.Held, c.Max, c.Claimed)).Should().Equal(
            [(T0, 0, 2, 2), (T0, 2, 2, 2), (T0, 4, 2, 1), (T0 + Third, 5, 2, 0)],
            "full claims are followed by another at once, each counting the leases held against the share; one that is not full waits a third of a lease");
        store.HeldBy(store.Claims[0].Owner).Should().HaveCount(5);
        h.Logger.Count("LeasesClaimed").Should().Be(3, "one line per round that claimed");
    }

    [Fact]
    public async Task A_host_claims_no_more_than_its_fair_share_among_the_live_hosts_and_the_rest_once_the_others_are_gone()
    {
        var store = new InMemoryLeaseStore();
        for (var i = 0; i < 10; i++)
        {
            await store.AddAsync(Planned("order-" + i));
        }

        var other = (await store.ClaimAsync("host-b", 0, 1, T0, Lease, Third)).Should().ContainSingle().Subject; // live until T0 + Lease
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        var owner = store.Claims[^1].Owner;
        store.HeldBy(owner).Should().HaveCount(5, "two live hosts: a share of 10 / 2");

        await h.RunUntilAsync(T0 + Lease + TimeSpan.FromSeconds(5));
        store.HeldBy(owner).Should().HaveCount(5, "the 5 it holds count against its share: it claims no more while host-b is live");
        store.Claims.Where(c => c.Owner == owner).Select(c => (c.Held, c.Claimed)).Should().Equal((0, 5), (5, 0), (5, 0), (5, 0));

        await h.RunUntilAsync(T0 + Lease + Third);
        store.HeldBy(owner).Should().HaveCount(10, "host-b did not claim for a lease time: no longer live, and its lease expired a third of a lease ago");
        store.LeaseOf(other.Key).Owner.Should().Be(owner);
    }

    [Fact]
    public async Task An_expired_lease_is_claimed_only_once_it_expired_a_third_of_a_lease_ago()
    {
        var store = new InMemoryLeaseStore();
        await store.AddAsync(Planned("order-1"));
        var expiresAt = T0 + TimeSpan.FromSeconds(25);
        await store.TryClaimAsync("order-1", "host-b", expiresAt - Lease, Lease);
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();

        await h.RunUntilAsync(expiresAt + Third - TimeSpan.FromMilliseconds(1));
        store.LeaseOf("order-1").Owner.Should().Be("host-b", "the round at T0 + 30 s came 5 s after the expiry: within the grace its holder renews first");

        await h.RunUntilAsync(expiresAt + Third + TimeSpan.FromSeconds(5));
        var claim = store.Claims.Should().ContainSingle(c => c.Claimed > 0).Subject;
        (claim.Now, claim.Claimed).Should().Be((T0 + (4 * Third), 1), "the first round at least a third of a lease after the expiry");
        store.LeaseOf("order-1").Owner.Should().Be(claim.Owner);
        h.Logger.Entries.Should().ContainSingle(e => e.Event == "LeasesClaimed").Which.Text.Should()
            .EndWith(" took over 1 live activities from the shared store (0 with a request in doubt)");
    }

    [Fact]
    public async Task The_claim_log_counts_the_activities_taken_over_and_those_with_a_request_in_doubt_and_a_round_that_claims_nothing_logs_nothing()
    {
        var store = new InMemoryLeaseStore();
        await store.AddAsync(Planned("order-1"));
        await store.AddAsync(Planned("order-2") with { Intent = LiveActivityOperation.Register, IntentAttempts = 1 });
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();

        await h.RunUntilAsync(T0 + Lease);

        h.Logger.Entries.Should().ContainSingle(e => e.Event == "LeasesClaimed").Which.Text.Should()
            .Be($"Host {store.Claims[0].Owner} took over 2 live activities from the shared store (1 with a request in doubt)");
    }

    [Theory]
    [InlineData(30_000, 1_000, false)] // a third of the lease is 10 s: tried again after 1 s
    [InlineData(1_500, 500, false)] // a third of the lease is 0.5 s, under 1 s: tried again after it
    [InlineData(30_000, 1_000, true)] // a call the store cancelled (not a stop) is a failure too
    public async Task A_failed_round_is_tried_again_after_a_second_or_a_third_of_the_lease_when_that_is_shorter(int leaseMs, int retryMs, bool cancelled)
    {
        var lease = TimeSpan.FromMilliseconds(leaseMs);
        var retry = TimeSpan.FromMilliseconds(retryMs);
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store, configure: o => o.LeaseDuration = lease);
        var down = true;
        var attempts = new List<DateTimeOffset>();
        store.Fault = (operation, _) =>
        {
            if (operation != "Claim")
            {
                return null;
            }

            attempts.Add(h.Clock.GetUtcNow());
            return !down ? null : cancelled ? new OperationCanceledException("the call timed out") : new LiveActivityStoreUnavailableException("the store is down");
        };
        await h.StartAsync();

        await h.RunUntilAsync(T0 + (retry * 2.5));
        down = false;
        await h.RunUntilAsync(T0 + (retry * 3) + (lease / 3));

        attempts.Should().Equal(T0, T0 + retry, T0 + (retry * 2), T0 + (retry * 3), T0 + (retry * 3) + (lease / 3));
        h.Logger.Entries.Where(e => e.Event == "LeaseRoundFailed").Select(e => e.Text).Should().Equal(
            new[] { T0 + retry, T0 + (retry * 2), T0 + (retry * 3) }.Select(at => $"The leases on the shared store were not renewed or claimed; no request is sent once a lease is within a third of its expiry, and the round is tried again at {at}"));
    }

    [Fact]
    public async Task One_round_runs_at_a_time_however_often_the_dispatcher_wakes_meanwhile()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromHours(2)));
        await h.SettleAsync();
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Hold = operation =>
        {
            entered.TrySetResult();
            return slow.Task;
        };

        h.Clock.Advance(Third); // the round at T0 + 10 s starts and waits on the store
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        for (var i = 0; i < 3; i++)
        {
            await h.Orchestrator.PublishAsync("order-1", Content("state-" + i)); // each wakes the dispatcher while the round is out
            await WaitUntilParkedAsync(h.Orchestrator);
        }

        store.Hold = null;
        slow.SetResult();
        await h.SettleAsync();

        store.Renewals.Should().ContainSingle("a round is due at T0 + 10 s once, however often the dispatcher ran while it was out").Which.Now.Should().Be(T0 + Third);
        store.Claims.Where(c => c.Now == T0 + Third).Should().ContainSingle();
    }

    [Fact]
    public async Task A_store_of_one_host_runs_no_lease_round()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();

        await h.RunForAsync(TimeSpan.FromMinutes(1));

        h.Orchestrator.NextWakeAt.Should().BeNull("nothing is planned: the dispatcher has no reason to wake");
        h.Logger.Count("LeaseRoundFailed").Should().Be(0);
    }

    private static async Task WaitUntilParkedAsync(LiveActivityOrchestrator orchestrator)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!orchestrator.IsParked)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the dispatcher must park");
            await Task.Delay(1);
        }
    }

    private static LiveActivityRecord Planned(string key) => new()
    {
        Key = key,
        Revision = 1,
        State = LiveActivityState.Planned,
        ActivityType = "OrderTrackingAttributes",
        InsiderIds = [key + "-user-0"],
        PlannedAt = T0,
        StartAt = T0 + TimeSpan.FromHours(2),
        EndsAt = T0 + TimeSpan.FromHours(3),
        StartContent = Content("placed", "Your order"),
    };
}
