using Microsoft.Data.Sqlite;

namespace Insider.LiveActivity.Hosting.Tests.Store;

/// <summary>The store contract on the in-memory store.</summary>
public sealed class InMemoryStoreContractTests : StoreContract
{
    protected override ILiveActivityStore CreateStore() => new InMemoryLiveActivityStore();
}

/// <summary>The store contract on the SQLite store, and its WAL file.</summary>
public sealed class SqliteStoreContractTests : StoreContract, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "la-store-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task The_sqlite_store_keeps_its_records_in_a_WAL_file_across_instances()
    {
        var first = await CreateAsync();
        await first.AddAsync(Record("k"));
        ((IDisposable)first).Dispose();

        var second = await CreateAsync();
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
        var writer = await CreateAsync();
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

    protected override ILiveActivityStore CreateStore() => new SqliteLiveActivityStore("Data Source=" + _path);
}
