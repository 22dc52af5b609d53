// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// A store in the process's memory, for tests: nothing survives the process, but it survives an orchestrator (share one instance
/// between two orchestrators to test a restart). Records are kept as JSON text, so a record read back is never the instance saved.
/// </summary>
public sealed class InMemoryLiveActivityStore : ILiveActivityStore
{
    private readonly ConcurrentDictionary<string, (long Revision, LiveActivityState State, string Json)> _records = new(StringComparer.Ordinal);

    /// <summary>Gets the number of records stored.</summary>
    public int Count => _records.Count;

    /// <summary>Gets the length of every stored record's JSON text, in characters (the store's size).</summary>
    internal long TotalChars => _records.Values.Sum(static r => (long)r.Json.Length);

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = _records.GetOrAdd(record.Key, static (_, r) => (r.Revision, r.State, RecordJson.Serialize(r)), record);
        return Task.FromResult(RecordJson.Deserialize(stored.Json));
    }

    /// <inheritdoc/>
    public Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var json = RecordJson.Serialize(record);
        while (true)
        {
            if (!_records.TryGetValue(record.Key, out var current) || current.Revision != record.Revision - 1)
            {
                return Task.FromException(new LiveActivityStoreConflictException(
                    $"The record of key '{record.Key}' is not at revision {record.Revision - 1}; it was changed by another writer or never added"));
            }

            if (_records.TryUpdate(record.Key, (record.Revision, record.State, json), current))
            {
                return Task.CompletedTask;
            }
        }
    }

    /// <inheritdoc/>
    public Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Task.FromResult(_records.TryGetValue(key, out var stored) ? RecordJson.Deserialize(stored.Json) : null);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<LiveActivityRecord> open = _records.Values
            .Where(static r => r.State is LiveActivityState.Planned or LiveActivityState.Registered or LiveActivityState.Started)
            .Select(static r => RecordJson.Deserialize(r.Json))
            .ToList();
        return Task.FromResult(open);
    }
}
