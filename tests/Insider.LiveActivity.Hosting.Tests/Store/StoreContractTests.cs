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
