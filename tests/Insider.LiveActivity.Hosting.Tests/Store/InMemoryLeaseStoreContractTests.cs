using Insider.LiveActivity.Hosting.Tests.Infrastructure;

namespace Insider.LiveActivity.Hosting.Tests.Store;

/// <summary>
/// The test double <see cref="InMemoryLeaseStore"/> keeps every promise of a store (the shared contract) and of
/// <see cref="ILiveActivityLeaseStore"/> as the Redis store keeps them (the same cases as the store-level ones of
/// Insider.LiveActivity.Redis.Tests' <c>SharedStoreTests</c>): fencing, the claim grace, the fair share, renewals and releases.
/// </summary>
public sealed class InMemoryLeaseStoreContractTests : StoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_write_under_a_lease_another_host_claimed_since_is_refused_and_the_new_holders_state_stays()
    {
        var store = new InMemoryLeaseStore();
        var plan = await store.AddAsync(Record("order-1"));
        var first = (await store.TryClaimAsync("order-1", "host-a", T0, Lease))!;
        (await store.TryClaimAsync("order-1", "host-b", T0 + Lease - TimeSpan.FromSeconds(1), Lease)).Should().BeNull("a live lease is not claimed");
        (await store.ClaimAsync("host-b", 0, 10, T0 + Lease - TimeSpan.FromSeconds(1), Lease, TimeSpan.Zero)).Should().BeEmpty();

        var second = (await store.ClaimAsync("host-b", 0, 10, T0 + Lease + TimeSpan.FromSeconds(1), Lease, TimeSpan.Zero)).Should().ContainSingle().Subject;
        second.Token.Should().BeGreaterThan(first.Token, "every claim increments the fencing token");
        (second.Owner, second.ExpiresAt, second.Record.Revision).Should().Be(("host-b", T0 + Lease + TimeSpan.FromSeconds(1) + Lease, 1));
        await store.SaveUnderLeaseAsync(plan with { Revision = 2, LastError = "written by b" }, second);

        var late = () => store.SaveUnderLeaseAsync(plan with { Revision = 3, LastError = "written by a, who woke late" }, first);
        (await late.Should().ThrowAsync<LiveActivityLeaseLostException>()).Which.Message.Should().Contain("another host");
        (await store.GetAsync("order-1"))!.LastError.Should().Be("written by b");
        (await store.RenewAsync([first], T0 + Lease + TimeSpan.FromSeconds(2), Lease)).Should().BeEmpty("A's lease is lost");
        (await store.RenewAsync([second], T0 + Lease + TimeSpan.FromSeconds(2), Lease)).Should().Equal(new Dictionary<string, long> { ["order-1"] = 2 });
        await store.SaveAsync(plan with { Revision = 3, LastError = "published on any host" }); // a write without a lease: revision only
        (await store.GetAsync("order-1"))!.Revision.Should().Be(3);
        await store.Invoking(s => s.SaveUnderLeaseAsync(plan with { Revision = 3 }, second)).Should().ThrowAsync<LiveActivityStoreConflictException>("the token is right, the revision is not");
    }

    [Fact]
    public async Task A_lease_that_expired_less_than_the_grace_ago_stays_its_holders_to_renew()
    {
        var store = new InMemoryLeaseStore();
        await store.AddAsync(Record("order-1"));
        var held = (await store.TryClaimAsync("order-1", "host-a", T0, Lease))!;
        var grace = Lease / 3;

        (await store.ClaimAsync("host-b", 0, 10, T0 + Lease + (grace / 2), Lease, grace)).Should().BeEmpty("the holder may still renew after a store outage");
        (await store.RenewAsync([held], T0 + Lease + (grace / 2), Lease)).Should().ContainKey("order-1", "nobody claimed it: the token is still the holder's");
        store.LeaseOf("order-1").ExpiresAt.Should().Be(T0 + Lease + (grace / 2) + Lease);
        (await store.ClaimAsync("host-b", 0, 10, T0 + (Lease * 2) + (grace / 2) + grace, Lease, grace)).Should().ContainSingle("expired for longer than the grace");
    }

    [Fact]
    public async Task A_host_claims_no_more_than_its_fair_share_of_the_open_records_among_the_live_hosts()
    {
        var store = new InMemoryLeaseStore();
        for (var i = 0; i < 10; i++)
        {
            await store.AddAsync(Record("order-" + i));
        }

        (await store.ClaimAsync("host-b", 0, 1, T0, Lease, TimeSpan.Zero)).Should().HaveCount(1, "max 1");
        (await store.ClaimAsync("host-a", 0, 100, T0, Lease, TimeSpan.Zero)).Should().HaveCount(5, "two live hosts: a share of 10 / 2");
        (await store.ClaimAsync("host-b", 1, 100, T0, Lease, TimeSpan.Zero)).Should().HaveCount(4, "its share of 5 less the 1 it holds");
        (await store.ClaimAsync("host-c", 0, 100, T0 + Lease + TimeSpan.FromSeconds(1), Lease, TimeSpan.Zero)).Should().HaveCount(10,
            "a and b did not claim for a lease time: they are no longer live hosts, and their leases expired");
    }

    [Fact]
    public async Task A_planned_record_is_claimed_by_one_host_only_while_its_lease_is_free_or_expired()
    {
        var store = new InMemoryLeaseStore();
        await store.AddAsync(Record("order-1"));

        (await store.TryClaimAsync("unknown", "host-a", T0, Lease)).Should().BeNull("unknown");
        var first = (await store.TryClaimAsync("order-1", "host-a", T0, Lease))!;
        (first.Owner, first.Token, first.ExpiresAt).Should().Be(("host-a", 1L, T0 + Lease));
        (await store.TryClaimAsync("order-1", "host-b", T0 + Lease - TimeSpan.FromMilliseconds(1), Lease)).Should().BeNull("held by a live lease");
        (await store.TryClaimAsync("order-1", "host-b", T0 + Lease, Lease))!.Token.Should().Be(2, "expired: no grace for a planned activity");

        var closed = (await store.GetAsync("order-1"))! with { Revision = 2, State = LiveActivityState.Ended };
        await store.SaveAsync(closed);
        (await store.TryClaimAsync("order-1", "host-a", T0 + (Lease * 3), Lease)).Should().BeNull("closed");
        (await store.ClaimAsync("host-a", 0, 10, T0 + (Lease * 3), Lease, TimeSpan.Zero)).Should().BeEmpty("closed records leave the open index");
    }

    [Fact]
    public async Task A_renewal_extends_only_the_leases_still_held_on_open_records_and_reports_their_revisions()
    {
        var store = new InMemoryLeaseStore();
        var a = await store.AddAsync(Record("a"));
        await store.AddAsync(Record("b"));
        var leaseA = (await store.TryClaimAsync("a", "host-a", T0, Lease))!;
        var leaseB = (await store.TryClaimAsync("b", "host-a", T0, Lease))!;
        await store.SaveAsync(a with { Revision = 2, State = LiveActivityState.Ended });

        (await store.RenewAsync([leaseA, leaseB], T0 + TimeSpan.FromSeconds(10), Lease)).Should().Equal(new Dictionary<string, long> { ["b"] = 1 }, "a is closed: lost");
        store.LeaseOf("b").ExpiresAt.Should().Be(T0 + TimeSpan.FromSeconds(40));
        store.LeaseOf("a").ExpiresAt.Should().BeNull();
    }

    [Fact]
    public async Task A_release_frees_the_leases_still_held_and_drops_the_owner_from_the_live_hosts()
    {
        var store = new InMemoryLeaseStore();
        for (var i = 0; i < 4; i++)
        {
            await store.AddAsync(Record("order-" + i));
        }

        var held = await store.ClaimAsync("host-a", 0, 2, T0, Lease, TimeSpan.Zero);
        var stale = held[0] with { Token = held[0].Token - 1 };
        await store.ReleaseAsync([stale]);
        store.LeaseOf(held[0].Key).ExpiresAt.Should().Be(T0 + Lease, "a lease no longer held is ignored");
        store.HeldBy("host-a").Should().HaveCount(2);

        await store.ReleaseAsync(held);

        store.HeldBy("host-a").Should().BeEmpty();
        store.LeaseOf(held[1].Key).ExpiresAt.Should().Be(InMemoryLeaseStore.Free);
        (await store.ClaimAsync("host-b", 0, 10, T0, Lease, TimeSpan.Zero)).Should().HaveCount(4, "a is no longer a live host: b's share is all four, free at once");
    }

    protected override ILiveActivityStore CreateStore() => new InMemoryLeaseStore();
}
