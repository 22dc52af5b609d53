using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// The orchestrator's public surface (<c>LiveActivityOrchestrator.cs</c>): a missing argument or a bad option is refused where it is
/// passed, naming it; an unknown key says so; a second publish keeps the staleness of the first; a caller's write that meets a
/// conflicting writer is applied again to the stored record, at most eight times; the takeover of a store is logged once, with
/// its requests in doubt; a store that failed to open is opened by the next call.
/// </summary>
public sealed class OrchestratorApiRulesTests
{
    [Fact]
    public async Task A_missing_client_store_or_plan_is_refused_naming_it()
    {
        await using var h = new OrchestratorHarness();

        FluentActions.Invoking(() => new LiveActivityOrchestrator(null!, h.Store)).Should().Throw<ArgumentNullException>().WithParameterName("client");
        FluentActions.Invoking(() => new LiveActivityOrchestrator(h.Client, null!)).Should().Throw<ArgumentNullException>().WithParameterName("store");
        await h.Orchestrator.Invoking(o => o.PlanAsync(null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("plan");
    }

    [Fact]
    public async Task A_plan_without_a_key_is_refused_as_invalid()
    {
        await using var h = new OrchestratorHarness();

        await h.Orchestrator.Invoking(o => o.PlanAsync(Plan("a") with { Key = null! }))
            .Should().ThrowAsync<LiveActivityValidationException>().WithMessage("LiveActivityPlan.Key is required");
    }

    [Fact]
    public async Task Options_out_of_range_are_refused_when_the_orchestrator_is_built()
    {
        await using var h = new OrchestratorHarness();

        FluentActions.Invoking(() => new LiveActivityOrchestrator(h.Client, h.Store, new LiveActivityOrchestratorOptions { MaxConcurrentRequestsPerEndpoint = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(LiveActivityOrchestratorOptions.MaxConcurrentRequestsPerEndpoint));
    }

    [Fact]
    public async Task Publishing_under_an_unknown_key_says_no_activity_is_planned_under_it()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();

        await h.Orchestrator.Invoking(o => o.PublishAsync("nope", Content("x")))
            .Should().ThrowAsync<KeyNotFoundException>().WithMessage("No live activity is planned under the key 'nope'");
    }

    [Fact]
    public async Task A_state_published_while_another_waits_keeps_the_staleness_of_the_first()
    {
        await using var h = new OrchestratorHarness(configure: o => o.MinUpdateInterval = TimeSpan.FromSeconds(20));
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.RunForAsync(TimeSpan.FromSeconds(30));
        await h.Orchestrator.PublishAsync("a", Content("one"));
        await h.SettleAsync();
        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle("'one' went out at once");

        await h.Orchestrator.PublishAsync("a", Content("two"));
        var firstWaiting = h.Clock.GetUtcNow();
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        await h.Orchestrator.PublishAsync("a", Content("three"));

        var stored = (await h.InnerStore.GetAsync("a"))!;
        stored.PendingContent!.ContentState["status"]!.GetValue<string>().Should().Be("three");
        stored.StaleSince.Should().Be(firstWaiting, "the device has lagged since 'two' was published, not since 'three' replaced it");
    }

    [Fact]
    public async Task A_callers_write_that_meets_a_conflict_is_applied_again_to_the_stored_record()
    {
        var store = new FailingStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", T0 + TimeSpan.FromHours(2)));
        await h.SettleAsync();
        var conflicts = 0;
        store.FailSave = r => r.Key == "a" && conflicts++ == 0 ? new LiveActivityStoreConflictException("another writer got there first") : null;

        await h.Orchestrator.PublishAsync("a", Content("x"));

        conflicts.Should().Be(2, "the first save met the conflict, the second was made on the record read again");
        (await h.InnerStore.GetAsync("a"))!.PendingContent!.ContentState["status"]!.GetValue<string>().Should().Be("x");
    }

    [Fact]
    public async Task A_callers_write_that_keeps_meeting_conflicts_fails_after_eight_attempts()
    {
        var store = new FailingStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", T0 + TimeSpan.FromHours(2)));
        await h.SettleAsync();
        var attempts = 0;
        store.FailSave = r => r.Key == "a" && ++attempts < 100 ? new LiveActivityStoreConflictException("another writer got there first") : null;

        await h.Orchestrator.Invoking(o => o.PublishAsync("a", Content("x"))).Should().ThrowAsync<LiveActivityStoreConflictException>();

        attempts.Should().Be(8);
        (await h.InnerStore.GetAsync("a"))!.PendingContent.Should().BeNull("no attempt was stored");
    }

    [Fact]
    public async Task The_takeover_of_a_store_is_logged_once_with_the_number_of_requests_in_doubt()
    {
        await using var h = new OrchestratorHarness();
        h.Client.CrashBefore = LiveActivityEndpoint.Start;
        await h.StartAsync();
        h.Logger.Count("Recovered").Should().Be(0, "an empty store has nothing to take over");
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.Orchestrator.PlanAsync(Plan("b", T0 + TimeSpan.FromHours(2)));
        await h.Orchestrator.PlanAsync(Plan("c", T0 + TimeSpan.FromHours(3)));
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        h.Crash.IsDead.Should().BeTrue("the host died with a's /start recorded and not sent");

        await h.RestartAsync();
        await h.Orchestrator.GetStatusAsync("a");
        await h.Orchestrator.PublishAsync("b", Content("x"));

        h.Logger.Entries.Where(e => e.Event == "Recovered").Select(e => e.Text).Should().Equal(
            "The orchestrator took over 3 open live activities from its store (1 with a request in doubt)");
    }

    [Fact]
    public async Task A_store_that_failed_to_open_is_opened_by_the_next_call()
    {
        var store = new FailingStore();
        await using var h = new OrchestratorHarness(store: store);
        store.FailInitialize = () => new LiveActivityStoreUnavailableException("the store is down");
        await h.Orchestrator.Invoking(o => o.GetStatusAsync("a")).Should().ThrowAsync<LiveActivityStoreUnavailableException>();

        store.FailInitialize = null;
        var status = await h.Orchestrator.PlanAsync(Plan("a")).WaitAsync(TimeSpan.FromSeconds(20));

        status.State.Should().Be(LiveActivityState.Planned);
    }

    [Fact]
    public async Task Planning_a_key_already_stored_returns_its_status_without_reading_the_new_plan_even_before_the_start()
    {
        var store = new InMemoryLiveActivityStore();
        await using (var first = new OrchestratorHarness(store: store))
        {
            await first.StartAsync();
            await first.Orchestrator.PlanAsync(Plan("a"));
            await first.RunForAsync(TimeSpan.FromSeconds(10));
        }

        await using var h = new OrchestratorHarness(store: store);
        var status = await h.Orchestrator.PlanAsync(Plan("a", startAt: T0 + TimeSpan.FromHours(5), endsAt: T0 + TimeSpan.FromHours(1)));

        status.State.Should().Be(LiveActivityState.Started, "the key is planned already: a second plan, even one that ends before it starts, is not read");
        (await store.GetAsync("a"))!.StartAt.Should().Be(T0);
    }

    [Fact]
    public async Task A_request_that_changes_nothing_writes_nothing()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", T0 + TimeSpan.FromHours(2)));
        await h.Orchestrator.EndAsync("a", Content("bye"));
        await h.SettleAsync();
        var revision = (await h.InnerStore.GetAsync("a"))!.Revision;

        await h.Orchestrator.EndAsync("a", Content("bye again"));

        (await h.InnerStore.GetAsync("a"))!.Revision.Should().Be(revision, "the end was requested already");
    }
}
