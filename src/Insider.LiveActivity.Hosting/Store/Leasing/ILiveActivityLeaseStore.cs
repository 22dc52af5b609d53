// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// A store shared by several hosts, each running an orchestrator: every open record is driven by one host at a time, the holder of its
/// lease. A lease lasts a set time and is renewed by its holder; a host that dies stops renewing, and once its leases expire the other
/// hosts claim them. Each claim increments the record's fencing token, and a holder's writes (<see cref="SaveUnderLeaseAsync"/>)
/// succeed only while the token is still theirs, so a host that was paused and wakes late cannot overwrite what the new holder wrote.
/// Writes without a lease (a state published on any host) stay conditional on <see cref="LiveActivityRecord.Revision"/> alone.
/// </summary>
/// <remarks>
/// Lease times are compared with the <c>now</c> each host passes (its <see cref="TimeProvider"/>): the hosts' clocks must agree to well
/// within a third of the lease time (NTP does). The orchestrator uses a lease store in this mode whenever its store implements this
/// interface.
/// </remarks>
public interface ILiveActivityLeaseStore : ILiveActivityStore
{
    /// <summary>
    /// Claims open records whose lease is free, or expired at least <paramref name="grace"/> ago (so a holder cut off by a store outage
    /// renews its own leases first once the store is back), for <paramref name="owner"/>: up to <paramref name="max"/>, and no more than
    /// the owner's fair share of the open records among the hosts that claimed within a lease time (<paramref name="held"/> counts
    /// against it). Every call also records <paramref name="owner"/> as a live host until <paramref name="now"/> + <paramref name="duration"/>.
    /// </summary>
    /// <param name="owner">The claiming host's id (not secret; shown to operators).</param>
    /// <param name="held">How many leases the owner holds already.</param>
    /// <param name="max">The most records to claim in this call.</param>
    /// <param name="now">The current time.</param>
    /// <param name="duration">How long the leases last unless renewed.</param>
    /// <param name="grace">How long after its expiry a lease stays its holder's to renew.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The leases taken, each with the record as stored.</returns>
    /// <exception cref="LiveActivityStoreUnavailableException">The store cannot be reached.</exception>
    Task<IReadOnlyList<LiveActivityLease>> ClaimAsync(string owner, int held, int max, DateTimeOffset now, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken = default);

    /// <summary>Claims one record when it is open and its lease is free or expired (the host that planned an activity drives it).</summary>
    /// <param name="key">The record's key.</param>
    /// <param name="owner">The claiming host's id.</param>
    /// <param name="now">The current time.</param>
    /// <param name="duration">How long the lease lasts unless renewed.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The lease, or <see langword="null"/> when the record is closed, unknown or held by a live lease.</returns>
    /// <exception cref="LiveActivityStoreUnavailableException">The store cannot be reached.</exception>
    Task<LiveActivityLease?> TryClaimAsync(string key, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Extends the leases whose fencing token is still the holder's, and reports the stored revision of each.</summary>
    /// <param name="leases">The leases to renew.</param>
    /// <param name="now">The current time.</param>
    /// <param name="duration">How long the leases last from <paramref name="now"/>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The stored revision of every record whose lease is still held, by key; a key that is missing was lost (claimed by another host, or closed).</returns>
    /// <exception cref="LiveActivityStoreUnavailableException">The store cannot be reached.</exception>
    Task<IReadOnlyDictionary<string, long>> RenewAsync(IReadOnlyCollection<LiveActivityLease> leases, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Replaces the record of a lease's key, if the lease's fencing token is still the stored one and the revision is the next.</summary>
    /// <param name="record">The new record; its <see cref="LiveActivityRecord.Revision"/> is one more than the stored one.</param>
    /// <param name="lease">The lease the write is made under.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    /// <exception cref="LiveActivityLeaseLostException">Another host claimed the record since (the write was not made).</exception>
    /// <exception cref="LiveActivityStoreConflictException">The stored revision is not the one before.</exception>
    /// <exception cref="LiveActivityStoreUnavailableException">The store cannot be reached.</exception>
    Task SaveUnderLeaseAsync(LiveActivityRecord record, LiveActivityLease lease, CancellationToken cancellationToken = default);

    /// <summary>Frees leases still held (a host that stops gracefully), so that another host can claim them at once; their holders no longer count as live hosts.</summary>
    /// <param name="leases">The leases to free; those no longer held are ignored.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the leases are free.</returns>
    /// <exception cref="LiveActivityStoreUnavailableException">The store cannot be reached.</exception>
    Task ReleaseAsync(IReadOnlyCollection<LiveActivityLease> leases, CancellationToken cancellationToken = default);
}
