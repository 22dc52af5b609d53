using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Hosting.Tests.Store;

/// <summary>
/// What every <see cref="ILiveActivityStore"/> promises. Each store's test class derives from it (the in-memory and SQLite stores here,
/// the Redis store in Insider.LiveActivity.Redis.Tests, which links this file).
/// </summary>
public abstract class StoreContract
{
    [Fact]
    public async Task Add_keeps_the_first_record_of_a_key_and_returns_it_unchanged()
    {
        var store = await CreateAsync();
        (await store.AddAsync(Record("k"))).ActivityType.Should().Be("First");

        var second = await store.AddAsync(Record("k") with { ActivityType = "Second" });

        second.ActivityType.Should().Be("First");
        (await store.GetAsync("k"))!.ActivityType.Should().Be("First");
    }

    [Fact]
    public async Task Save_succeeds_only_over_the_revision_before_it()
    {
        var store = await CreateAsync();
        var first = await store.AddAsync(Record("k"));
        await store.SaveAsync(first with { Revision = 2, State = LiveActivityState.Registered, ActivityId = "id-1" });

        await store.Invoking(s => s.SaveAsync(first with { Revision = 2, State = LiveActivityState.Failed })).Should().ThrowAsync<LiveActivityStoreConflictException>();
        await store.Invoking(s => s.SaveAsync(Record("unknown") with { Revision = 2 })).Should().ThrowAsync<LiveActivityStoreConflictException>();
        var stored = (await store.GetAsync("k"))!;
        stored.State.Should().Be(LiveActivityState.Registered);
        stored.ActivityId.Should().Be("id-1");
        stored.Revision.Should().Be(2);
    }

    [Fact]
    public async Task LoadOpen_returns_planned_registered_and_started_records_whole()
    {
        var store = await CreateAsync();
        var states = Enum.GetValues<LiveActivityState>();
        foreach (var state in states)
        {
            await store.AddAsync(Record(state.ToString()) with { State = state, PendingContent = Content("pending"), PendingSequence = 3, Intent = LiveActivityOperation.Start, IntentAttempts = 2 });
        }

        var open = await store.LoadOpenAsync();

        open.Select(r => r.Key).Should().BeEquivalentTo(["Planned", "Registered", "Started"]);
        var started = open.Single(r => r.Key == "Started");
        started.PendingContent!.ContentState["status"]!.GetValue<string>().Should().Be("pending");
        started.Intent.Should().Be(LiveActivityOperation.Start);
        started.IntentAttempts.Should().Be(2);
        started.HasPendingUpdate.Should().BeTrue();
        started.InsiderIds.Should().Equal("u1", "u2");
    }

    [Fact]
    public async Task Of_concurrent_saves_over_one_revision_exactly_one_wins()
    {
        var store = await CreateAsync();
        var first = await store.AddAsync(Record("k"));

        var saves = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => store.SaveAsync(first with { Revision = 2, ActivityId = "writer-" + i })))
            .ToArray();
        var outcomes = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                await s;
                return true;
            }
            catch (LiveActivityStoreConflictException)
            {
                return false;
            }
        }));

        outcomes.Count(won => won).Should().Be(1, "the revision is a fencing token");
        var stored = (await store.GetAsync("k"))!;
        stored.Revision.Should().Be(2);
        stored.ActivityId.Should().Be("writer-" + Array.IndexOf(outcomes, true));
    }

    [Fact]
    public async Task A_record_saved_closed_leaves_the_open_records_and_one_saved_open_again_returns()
    {
        var store = await CreateAsync();
        var first = await store.AddAsync(Record("k"));
        await store.SaveAsync(first with { Revision = 2, State = LiveActivityState.Ended });

        (await store.LoadOpenAsync()).Should().BeEmpty();
        (await store.GetAsync("k"))!.State.Should().Be(LiveActivityState.Ended);
        await store.SaveAsync(first with { Revision = 3, State = LiveActivityState.Started });
        (await store.LoadOpenAsync()).Select(r => r.Key).Should().Equal("k");
    }

    protected static LiveActivityContent Content(string status) => new() { Title = "t", Message = "m", ContentState = new JsonObject { ["status"] = status } };

    protected static LiveActivityRecord Record(string key) => new()
    {
        Key = key,
        Revision = 1,
        ActivityType = "First",
        InsiderIds = ["u1", "u2"],
        StartContent = Content("start"),
        StartAt = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 5, 20, 11, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Creates an empty store of the kind under test.</summary>
    protected abstract ILiveActivityStore CreateStore();

    protected async Task<ILiveActivityStore> CreateAsync()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        return store;
    }
}
