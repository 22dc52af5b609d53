// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Data.Sqlite;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The embedded default store: one SQLite file (Microsoft.Data.Sqlite) in WAL mode with synchronous=FULL, so that a write that
/// returned survives a crash of the process and of the machine. One row per key holds the record as JSON; writes are serialized
/// in the process (SQLite has one writer) and conditional on the revision.
/// </summary>
public sealed class SqliteLiveActivityStore : ILiveActivityStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS live_activity (
            key TEXT NOT NULL PRIMARY KEY,
            revision INTEGER NOT NULL,
            state INTEGER NOT NULL,
            record TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS live_activity_state ON live_activity (state);
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Initializes a new instance of the <see cref="SqliteLiveActivityStore"/> class.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=live-activities.db</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or malformed.</exception>
    public SqliteLiveActivityStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString();
    }

    /// <inheritdoc/>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, Schema, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = RecordJson.Serialize(record);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO live_activity (key, revision, state, record) VALUES ($key, $revision, $state, $record) ON CONFLICT(key) DO NOTHING;";
            insert.Parameters.AddWithValue("$key", record.Key);
            insert.Parameters.AddWithValue("$revision", record.Revision);
            insert.Parameters.AddWithValue("$state", (int)record.State);
            insert.Parameters.AddWithValue("$record", json);
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return RecordJson.Deserialize(json);
            }

            return await ReadAsync(connection, record.Key, cancellationToken).ConfigureAwait(false)
                ?? throw new LiveActivityStoreConflictException($"The record of key '{record.Key}' exists and could not be read");
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = RecordJson.Serialize(record);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE live_activity SET revision = $revision, state = $state, record = $record WHERE key = $key AND revision = $previous;";
            update.Parameters.AddWithValue("$key", record.Key);
            update.Parameters.AddWithValue("$revision", record.Revision);
            update.Parameters.AddWithValue("$previous", record.Revision - 1);
            update.Parameters.AddWithValue("$state", (int)record.State);
            update.Parameters.AddWithValue("$record", json);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new LiveActivityStoreConflictException(
                    $"The record of key '{record.Key}' is not at revision {record.Revision - 1}; it was changed by another writer or never added");
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, key, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT record FROM live_activity WHERE state IN ($planned, $registered, $started);";
        select.Parameters.AddWithValue("$planned", (int)LiveActivityState.Planned);
        select.Parameters.AddWithValue("$registered", (int)LiveActivityState.Registered);
        select.Parameters.AddWithValue("$started", (int)LiveActivityState.Started);
        var records = new List<LiveActivityRecord>();
        using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(RecordJson.Deserialize(reader.GetString(0)));
        }

        return records;
    }

    /// <summary>
    /// Reads every record, or those in one state, ordered by key: what an operator lists (the tool's <c>status</c> command). It only
    /// reads, so it also works on a store opened with <c>Mode=ReadOnly</c> while a host writes to it (WAL readers do not block the writer).
    /// </summary>
    /// <param name="state">The state to list, or <see langword="null"/> for every record.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The records, ordered by key (ordinal).</returns>
    public async Task<IReadOnlyList<LiveActivityRecord>> ListAsync(LiveActivityState? state = null, CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var select = connection.CreateCommand();
        select.CommandText = state is null
            ? "SELECT record FROM live_activity ORDER BY key;"
            : "SELECT record FROM live_activity WHERE state = $state ORDER BY key;";
        if (state is { } wanted)
        {
            select.Parameters.AddWithValue("$state", (int)wanted);
        }

        var records = new List<LiveActivityRecord>();
        using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(RecordJson.Deserialize(reader.GetString(0)));
        }

        return records;
    }

    /// <summary>Releases the write gate. Pooled connections stay in Microsoft.Data.Sqlite's pool (<c>SqliteConnection.ClearAllPools()</c> closes them).</summary>
    public void Dispose() => _writeGate.Dispose();

    private static async Task<LiveActivityRecord?> ReadAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT record FROM live_activity WHERE key = $key;";
        select.Parameters.AddWithValue("$key", key);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? RecordJson.Deserialize(json) : null;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA synchronous=FULL;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
