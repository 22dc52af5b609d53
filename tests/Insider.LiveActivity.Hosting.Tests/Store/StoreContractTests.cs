using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Insider.LiveActivity.Hosting.Tests.Store;

/// <summary>What every <see cref="ILiveActivityStore"/> promises, checked on the in-memory and the SQLite store.</summary>
public sealed class StoreContractTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "la-store-" + Guid.NewGuid().ToString("N") + ".db");

    public static TheoryData<string> Stores => new() { "memory", "sqlite" };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Add_keeps_the_first_record_of_a_key_and_returns_it_unchanged(string kind)
    {
        var store = await CreateAsync(kind);
        (await store.AddAsync(Record("k"))).ActivityType.Should().Be("First");

        var second = await store.AddAsync(Record("k") with { ActivityType = "Second" });

        second.ActivityType.Should().Be("First");
        (await store.GetAsync("k"))!.ActivityType.Should().Be("First");
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Save_succeeds_only_over_the_revision_before_it(string kind)
    {
        var store = await CreateAsync(kind);
        var first = await store.AddAsync(Record("k"));
        await store.SaveAsync(first with { Revision = 2, State = LiveActivityState.Registered, ActivityId = "id-1" });

        await store.Invoking(s => s.SaveAsync(first with { Revision = 2, State = LiveActivityState.Failed })).Should().ThrowAsync<LiveActivityStoreConflictException>();
        await store.Invoking(s => s.SaveAsync(Record("unknown") with { Revision = 2 })).Should().ThrowAsync<LiveActivityStoreConflictException>();
        var stored = (await store.GetAsync("k"))!;
        stored.State.Should().Be(LiveActivityState.Registered);
        stored.ActivityId.Should().Be("id-1");
        stored.Revision.Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task LoadOpen_returns_planned_registered_and_started_records_whole(string kind)
    {
        var store = await CreateAsync(kind);
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
    public async Task The_sqlite_store_keeps_its_records_in_a_WAL_file_across_instances()
    {
        var first = await CreateAsync("sqlite");
        await first.AddAsync(Record("k"));
        ((IDisposable)first).Dispose();

        var second = await CreateAsync("sqlite");
        (await second.GetAsync("k"))!.ActivityType.Should().Be("First");
        await using var connection = new SqliteConnection("Data Source=" + _path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        (await command.ExecuteScalarAsync()).Should().Be("wal");
    }

    [Fact]
    public async Task The_sqlite_store_lists_every_record_or_one_state_ordered_by_key_even_when_opened_read_only()
    {
        var writer = await CreateAsync("sqlite");
        foreach (var state in Enum.GetValues<LiveActivityState>().Reverse())
        {
            await writer.AddAsync(Record(state.ToString()) with { State = state });
        }

        using var reader = new SqliteLiveActivityStore($"Data Source={_path};Mode=ReadOnly");

        (await reader.ListAsync()).Select(r => r.Key).Should().Equal("Ended", "Expired", "Failed", "Planned", "Registered", "Started");
        (await reader.ListAsync(LiveActivityState.Failed)).Should().ContainSingle().Which.Key.Should().Be("Failed");
        await reader.Invoking(r => r.AddAsync(Record("new"))).Should().ThrowAsync<SqliteException>("a read-only store cannot write");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static LiveActivityContent Content(string status) => new() { Title = "t", Message = "m", ContentState = new JsonObject { ["status"] = status } };

    private static LiveActivityRecord Record(string key) => new()
    {
        Key = key,
        Revision = 1,
        ActivityType = "First",
        InsiderIds = ["u1", "u2"],
        StartContent = Content("start"),
        StartAt = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 5, 20, 11, 0, 0, TimeSpan.Zero),
    };

    private async Task<ILiveActivityStore> CreateAsync(string kind)
    {
        ILiveActivityStore store = kind == "sqlite" ? new SqliteLiveActivityStore("Data Source=" + _path) : new InMemoryLiveActivityStore();
        await store.InitializeAsync();
        return store;
    }
}
