// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The durable memory of the orchestrator: one <see cref="LiveActivityRecord"/> per key, written whole. Every write is conditional
/// on <see cref="LiveActivityRecord.Revision"/> (a save of revision n succeeds only over revision n − 1), which is what a store shared
/// by several hosts needs as a fencing token. Implementations: <see cref="InMemoryLiveActivityStore"/> (tests) and
/// <see cref="SqliteLiveActivityStore"/> (the embedded default). A method returns only once the write is durable.
/// </summary>
public interface ILiveActivityStore
{
    /// <summary>Prepares the store (creates its schema). Called once before any other method; safe to call again.</summary>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a new plan (revision 1) unless the key exists.</summary>
    /// <param name="record">The record, of <see cref="LiveActivityRecord.Revision"/> 1.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The stored record: <paramref name="record"/>, or the existing record of the key, unchanged.</returns>
    Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default);

    /// <summary>Replaces the record of its key (a pending state, an intent or a result).</summary>
    /// <param name="record">The new record; its <see cref="LiveActivityRecord.Revision"/> is one more than the stored one.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    /// <exception cref="LiveActivityStoreConflictException">The stored revision is not the one before (another writer got there first), or the key is unknown.</exception>
    Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default);

    /// <summary>Reads the record of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Reads every record that is not closed (planned, registered or started): the work a starting host takes over.</summary>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The open records.</returns>
    Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default);
}
