// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Hosting;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The orchestrator's store in Redis, shared by every host that uses the same Redis: one hash per activity (its revision, the record
/// as the same JSON the SQLite store writes, and its lease's fencing token and holder) and a sorted set indexing the open ones by lease
/// expiry. Every write is a Lua script, so a save is an atomic compare-and-set on <see cref="LiveActivityRecord.Revision"/> (a stale writer
/// gets a <see cref="LiveActivityStoreConflictException"/>) and, under a lease, on its fencing token (a host whose lease was claimed by
/// another gets a <see cref="LiveActivityLeaseLostException"/>). As an <see cref="ILiveActivityLeaseStore"/> it lets several hosts'
/// orchestrators share the activities, each driving those it holds a lease on.
/// Key names hold a prefix and the SHA-256 digest of the activity key: no insider id, no content. A write returns once Redis
/// acknowledged it; how durable that is depends on the server's persistence (AOF with <c>appendfsync always</c> or <c>everysec</c>).
/// Every Redis failure surfaces as a <see cref="LiveActivityStoreUnavailableException"/>.
/// </summary>
public sealed partial class RedisLiveActivityStore : ILiveActivityLeaseStore, IDisposable
{
    /// <summary>The default prefix of the store's keys (a Redis Cluster hash tag: all keys live in one slot).</summary>
    public const string DefaultKeyPrefix = "{insider-live-activity:orchestrator}";

    private const int LoadBatch = 512;
    private readonly IConnectionMultiplexer _connection;
    private readonly StoreKeys _keys;
    private readonly bool _ownsConnection;

    /// <summary>Initializes a new instance of the <see cref="RedisLiveActivityStore"/> class on a connection the caller owns.</summary>
    /// <param name="connection">The Redis connection (it stays the caller's: disposing the store does not close it).</param>
    /// <param name="keyPrefix">The prefix of the store's keys, or <see langword="null"/> for <see cref="DefaultKeyPrefix"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keyPrefix"/> is empty.</exception>
    public RedisLiveActivityStore(IConnectionMultiplexer connection, string? keyPrefix = null)
        : this(connection, keyPrefix, ownsConnection: false)
    {
    }

    internal RedisLiveActivityStore(IConnectionMultiplexer connection, string? keyPrefix, bool ownsConnection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (keyPrefix is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(keyPrefix);
        }

        _connection = connection;
        _keys = new StoreKeys(keyPrefix ?? DefaultKeyPrefix);
        _ownsConnection = ownsConnection;
    }

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = RecordJson.Serialize(record);
        var result = await RunAsync(StoreScripts.Add, record, json, cancellationToken).ConfigureAwait(false);
        return RecordJson.Deserialize(result.IsNull ? json : (string)result!);
    }

    /// <inheritdoc/>
    public async Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await SaveAsync(record, fence: string.Empty, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var json = await GuardAsync(() => _connection.GetDatabase().HashGetAsync(_keys.Record(StoreKeys.Digest(key)), "r")).ConfigureAwait(false);
        return json.IsNull ? null : RecordJson.Deserialize(json!);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default)
    {
        var database = _connection.GetDatabase();
        var digests = await GuardAsync(() => database.SortedSetRangeByRankAsync(_keys.Open)).ConfigureAwait(false);
        var records = new List<LiveActivityRecord>(digests.Length);
        foreach (var batch in digests.Chunk(LoadBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reads = batch.Select(d => database.HashGetAsync(_keys.Record(d!), "r")).ToArray();
            var values = await GuardAsync(() => Task.WhenAll(reads)).ConfigureAwait(false);
            records.AddRange(values.Where(static v => !v.IsNull).Select(static v => RecordJson.Deserialize(v!)));
        }

        return records;
    }

    /// <summary>Closes the connection when the store opened it (<c>UseRedis(configuration)</c>); a caller's connection stays open.</summary>
    public void Dispose()
    {
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    private async Task SaveAsync(LiveActivityRecord record, string fence, CancellationToken cancellationToken)
    {
        var result = (int)await RunAsync(StoreScripts.Save, record, RecordJson.Serialize(record), cancellationToken, fence).ConfigureAwait(false);
        if (result == -1)
        {
            throw new LiveActivityLeaseLostException(
                $"The lease on the record of key '{record.Key}' was claimed by another host (fencing token {fence} is stale); the write was not made");
        }

        if (result != 1)
        {
            throw new LiveActivityStoreConflictException(
                $"The record of key '{record.Key}' is not at revision {record.Revision - 1}; it was changed by another writer or never added");
        }
    }

    private Task<RedisResult> RunAsync(string script, LiveActivityRecord record, string json, CancellationToken cancellationToken, string fence = "")
    {
        cancellationToken.ThrowIfCancellationRequested();
        var digest = StoreKeys.Digest(record.Key);
        return GuardAsync(() => _connection.GetDatabase().ScriptEvaluateAsync(
            script,
            [_keys.Record(digest), _keys.Open],
            [record.Revision, json, record.IsClosed ? "0" : "1", digest, fence]));
    }

    private Task<T> GuardAsync<T>(Func<Task<T>> operation) =>
        RedisGuard.RunAsync(_connection, operation, Unavailable, "a command timed out; the write may or may not have been applied");

    private static LiveActivityStoreUnavailableException Unavailable(string reason, Exception? cause) =>
        new($"The orchestrator's Redis store is unreachable ({reason}), so the call was not acknowledged; it is safe to retry once Redis answers"
            + (cause is null ? string.Empty : ": " + cause.Message), cause);
}
