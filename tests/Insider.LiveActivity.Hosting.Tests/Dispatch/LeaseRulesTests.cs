using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// What a host does with its leases on a store shared by several hosts (<c>LiveActivityOrchestrator.Leases.cs</c>; docs/orchestration.md,
/// "Running several instances", "Leases"): it sends a request only while a third of the lease remains; it lets go of an activity
/// another host took (nothing sent for it, nothing sent twice); it reloads a record another host wrote at its next round; a dead
/// host's activities move to another within a lease and its grace; a graceful stop frees the leases at once. On the in-memory lease
/// store, one fake clock.
/// </summary>
public sealed class LeaseRulesTests
{
    private static readonly TimeSpan Lease = new LiveActivityOrchestratorOptions().LeaseDuration;
    private static readonly TimeSpan Third = Lease / 3;
    private static readonly TimeSpan RegisterLead = new LiveActivityOrchestratorOptions().RegisterLead;

    [Fact]
    public async Task A_request_due_when_only_a_third_of_the_lease_remains_is_held_back_until_a_renewal_succeeds()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        var down = false;
        store.Fault = (operation, _) => down && (operation is "Renew" or "Claim") ? new LiveActivityStoreUnavailableException("the store is down") : null;
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + RegisterLead + (2 * Third))); // its /register is due at T0 + 20 s
        down = true; // the lease (until T0 + 30 s) is not renewed: at T0 + 20 s exactly a third of it remains

        await h.RunUntilAsync(T0 + (2 * Third) + TimeSpan.FromMilliseconds(500));
        h.Requests(EmulatorEndpoint.Register, status: null).Should().BeEmpty("a request goes out only while more than a third of its lease remains");

        down = false;
        await h.RunUntilAsync(T0 + Lease);
        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle().Which.Timestamp.Should().Be(T0 + (2 * Third) + TimeSpan.FromSeconds(1),
            "the round tried again a second later renewed the lease, and the request held back went out at once");
    }

    [Fact]
    public async Task A_state_published_on_the_holder_goes_out_at_its_due_time_not_at_the_next_round()
    {
        await using var h = new OrchestratorHarness(store: new InMemoryLeaseStore());
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromMinutes(1)));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(61));

        await h.Orchestrator.PublishAsync("order-1", Content("shipped"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(75));

        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle().Which.Timestamp.Should().Be(T0 + TimeSpan.FromSeconds(63), "SyncDelay (3 s) after the start at T0 + 60 s");
    }

    [Fact]
    public async Task A_lease_another_host_took_is_let_go_at_the_next_round_and_nothing_is_sent_for_it()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + RegisterLead + TimeSpan.FromSeconds(25)));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(15)); // renewed at T0 + 10 s: held in memory until T0 + 40 s

        var taken = store.Seize("order-1", "host-b", T0 + TimeSpan.FromSeconds(45));
        var stored = (await store.GetAsync("order-1"))!;
        await store.SaveUnderLeaseAsync(stored with { Revision = 2, LastError = "written by host-b" }, taken);
        await h.RunUntilAsync(T0 + (2 * Third));

        h.Logger.Entries.Should().ContainSingle(e => e.Event == "LeaseLost").Which.Text.Should().Contain("order-1").And.Contain("another host claimed it");
        (await h.Orchestrator.GetStatusAsync("order-1"))!.LastError.Should().Be("written by host-b", "the host forgot its copy: it reads the store's");

        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(55));
        h.Requests(EmulatorEndpoint.Register, status: null).Should().BeEmpty("the /register due at T0 + 25 s is host-b's to send");
        h.Logger.Count("LeaseLost").Should().Be(1);
        store.LeaseOf("order-1").Owner.Should().Be("host-b");
    }

    [Fact]
    public async Task A_host_that_let_an_activity_go_no_longer_wakes_for_its_automatic_end_or_its_expiry()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromMinutes(1), T0 + TimeSpan.FromSeconds(415))); // its end is released at T0 + 115 s
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(65));
        (await store.GetAsync("order-1"))!.State.Should().Be(LiveActivityState.Started);

        store.Seize("order-1", "host-b", T0 + TimeSpan.FromHours(1));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(110));
        h.Logger.Count("LeaseLost").Should().Be(1);
        h.Orchestrator.NextWakeAt.Should().Be(T0 + TimeSpan.FromSeconds(120), "its next lease round, not the release of the end it no longer drives");

        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(410));
        h.Orchestrator.NextWakeAt.Should().Be(T0 + TimeSpan.FromSeconds(420), "its next lease round, not the ends_at of an activity it no longer drives");
        h.Requests(EmulatorEndpoint.End, status: null).Should().BeEmpty();
    }

    [Fact]
    public async Task A_write_under_a_lease_another_host_took_meanwhile_is_refused_nothing_is_sent_and_the_request_goes_out_once_later()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + RegisterLead + TimeSpan.FromSeconds(18)));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(15));

        // host-b took the lease (this host, say, was paused); its own lease expires at T0 + 25 s without a send.
        store.Seize("order-1", "host-b", T0 + TimeSpan.FromSeconds(25));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(39));

        h.Requests(EmulatorEndpoint.Register, status: null).Should().BeEmpty("the intent of the /register was refused: nothing is sent");
        h.Logger.Entries.Should().ContainSingle(e => e.Event == "LeaseLost").Which.Text.Should().Contain("is stale");
        var stored = (await store.GetAsync("order-1"))!;
        (stored.Revision, stored.Intent).Should().Be((1, null));

        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(1));
        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle("claimed back once host-b's lease expired a third of a lease ago: sent once")
            .Which.Timestamp.Should().Be(T0 + (4 * Third));
        (await store.GetAsync("order-1"))!.State.Should().Be(LiveActivityState.Registered);
    }

    [Fact]
    public async Task An_activity_claimed_back_while_its_request_was_still_out_is_driven_from_the_record_as_stored()
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + RegisterLead + TimeSpan.FromSeconds(15)));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(14));
        h.Client.Gate.Endpoint = LiveActivityEndpoint.Register;

        h.Clock.Advance(TimeSpan.FromSeconds(1)); // T0 + 15 s: the intent is stored, the /register is out
        await WaitUntilAsync(() => h.Client.Gate.Held == 1);

        // host-b takes the lease, writes, and frees it (a graceful stop): the record as stored is newer than this host's copy.
        var taken = store.Seize("order-1", "host-b", T0 + TimeSpan.FromHours(1));
        var stored = (await store.GetAsync("order-1"))!;
        await store.SaveUnderLeaseAsync(stored with { Revision = stored.Revision + 1, LastError = "written by host-b" }, taken);
        await store.ReleaseAsync([taken]);
        h.Clock.Advance(TimeSpan.FromSeconds(5)); // T0 + 20 s: the round finds the lease lost, then claims the activity back
        await WaitUntilAsync(() => store.Claims.Any(c => c.Now == T0 + (2 * Third) && c.Claimed == 1) && h.Orchestrator.InFlight == 1 && h.Orchestrator.IsParked);
        h.Logger.Count("LeaseLost").Should().Be(1);
        var reads = store.Reads;

        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await h.SettleAsync();

        store.Reads.Should().Be(reads, "the claim brought the stored record: the result is written over it at once, with no conflict to read back");
        var registered = (await store.GetAsync("order-1"))!;
        (registered.State, registered.Revision, registered.LastError).Should().Be((LiveActivityState.Registered, stored.Revision + 2, null));
        store.LeaseOf("order-1").Owner.Should().NotBe("host-b");
    }

    [Fact]
    public async Task A_state_published_on_another_host_is_reloaded_by_the_holder_at_its_next_round_and_an_unchanged_record_is_not_read()
    {
        await using var hosts = await SharedHosts.StartAsync();
        await hosts.A.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromMinutes(1)));
        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(65));
        var activityId = (await hosts.Store.GetAsync("order-1"))!.ActivityId!;
        var reads = hosts.Store.Reads;

        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(121));
        hosts.Store.Reads.Should().Be(reads, "renewals of records nobody else wrote read nothing back");
        await hosts.B.Orchestrator.PublishAsync("order-1", Content("from-b"));
        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(140));

        var update = hosts.A.Requests(EmulatorEndpoint.Update, activityId).Should().ContainSingle().Subject;
        update.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("from-b");
        update.Timestamp.Should().Be(T0 + TimeSpan.FromSeconds(130), "the holder's next round saw the new revision");
    }

    [Fact]
    public async Task A_dead_hosts_activities_move_to_another_host_a_lease_and_a_third_after_its_last_renewal_and_each_request_is_sent_once()
    {
        await using var hosts = await SharedHosts.StartAsync();
        foreach (var key in new[] { "order-0", "order-1", "order-2" })
        {
            await hosts.A.Orchestrator.PlanAsync(Plan(key, T0 + TimeSpan.FromMinutes(1), T0 + TimeSpan.FromMinutes(15)));
        }

        var a = hosts.Store.LeaseOf("order-0").Owner!;
        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(5));
        hosts.A.Crash.Die(); // its leases, taken at T0, expire at T0 + 30 s

        await hosts.RunUntilAsync(T0 + Lease + Third - TimeSpan.FromMilliseconds(1));
        hosts.Store.HeldBy(a).Should().HaveCount(3, "within the grace the holder may still renew");
        hosts.B.Logger.Count("LeasesClaimed").Should().Be(0);

        await hosts.RunUntilAsync(T0 + Lease + Third);
        var b = hosts.Store.Owners().Single(o => o != a);
        hosts.Store.HeldBy(b).Should().HaveCount(3);
        hosts.B.Logger.Entries.Should().ContainSingle(e => e.Event == "LeasesClaimed").Which.Text.Should().Contain(" took over 3 live activities");

        await hosts.RunUntilAsync(T0 + TimeSpan.FromMinutes(2));
        hosts.A.Requests(EmulatorEndpoint.Register, status: null).Should().HaveCount(3).And.OnlyContain(r => r.Timestamp < T0 + TimeSpan.FromSeconds(1), "A registered them before it died");
        hosts.A.Requests(EmulatorEndpoint.Start, status: null).Should().HaveCount(3, "B started them, once each").And
            .OnlyContain(r => r.Timestamp >= T0 + TimeSpan.FromMinutes(1) && r.Timestamp < T0 + TimeSpan.FromSeconds(61));
    }

    [Fact]
    public async Task A_graceful_stop_frees_the_leases_so_another_host_claims_them_at_its_next_round()
    {
        await using var hosts = await SharedHosts.StartAsync();
        foreach (var key in new[] { "order-0", "order-1", "order-2" })
        {
            await hosts.A.Orchestrator.PlanAsync(Plan(key, T0 + TimeSpan.FromHours(2)));
        }

        var a = hosts.Store.LeaseOf("order-0").Owner!;
        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(12)); // renewed at T0 + 10 s: held until T0 + 40 s

        await hosts.A.Orchestrator.StopAsync();
        hosts.Store.HeldBy(a).Should().BeEmpty("freed at once");
        await hosts.RunUntilAsync(T0 + (2 * Third));

        var b = hosts.Store.Owners().Single(o => o != a);
        hosts.Store.HeldBy(b).Should().HaveCount(3, "B's round at T0 + 20 s took them all: A no longer counts as a live host");
    }

    [Theory]
    [InlineData(false)] // the store is down
    [InlineData(true)] // the stop's token fired
    public async Task A_stop_that_cannot_free_the_leases_completes_and_logs_that_they_expire_by_themselves(bool cancelled)
    {
        var store = new InMemoryLeaseStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromHours(2)));
        store.Fault = (operation, _) => operation == "Release" ? new LiveActivityStoreUnavailableException("the store is down") : null;

        await h.Orchestrator.Invoking(o => o.StopAsync(new CancellationToken(cancelled))).Should().NotThrowAsync();

        h.Logger.Entries.Should().ContainSingle(e => e.Event == "LeaseRoundFailed").Which.Text.Should().EndWith($"the round is tried again at {T0 + Lease}");
        store.LeaseOf("order-1").ExpiresAt.Should().Be(T0 + Lease, "still held: it expires by itself");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the host must get there");
            await Task.Delay(1);
        }
    }
}
