// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// A store shared by several hosts (<see cref="ILiveActivityLeaseStore"/>): each host drives only the activities it holds a lease on.
/// Every third of <see cref="LiveActivityOrchestratorOptions.LeaseDuration"/> a lease round renews the leases held (reloading a record
/// another host wrote to, letting go of one another host claimed) and claims free leases and those expired for a third of a lease
/// (its holder, cut off by a store outage, renews first), up to its fair share of the open activities among the live hosts; a dead
/// host's activities thus move to the others within a lease time and two thirds. A request is sent only while a third of its lease remains.
/// </summary>
public sealed partial class LiveActivityOrchestrator
{
    private static readonly TimeSpan FailedRoundRetry = TimeSpan.FromSeconds(1);
    private long _nextLeaseRoundTicks;
    private int _leaseRoundRunning;

    private TimeSpan RenewEvery => _options.LeaseDuration / 3;

    /// <summary>Starts a lease round when one is due; returns when the loop must wake for the next one (<see langword="null"/> while one runs).</summary>
    private DateTimeOffset? ScheduleLeaseRound(DateTimeOffset now)
    {
        if (_leases is null || Volatile.Read(ref _leaseRoundRunning) == 1)
        {
            return null;
        }

        var due = new DateTimeOffset(Interlocked.Read(ref _nextLeaseRoundTicks), TimeSpan.Zero);
        if (due > now)
        {
            return due;
        }

        Volatile.Write(ref _leaseRoundRunning, 1);
        Interlocked.Increment(ref _inFlight);
        Track(Task.Run(() => LeaseRoundAsync(_leases, _shutdown.Token), CancellationToken.None));
        return null;
    }

    private async Task LeaseRoundAsync(ILiveActivityLeaseStore leases, CancellationToken token)
    {
        var again = RenewEvery;
        try
        {
            var now = _time.GetUtcNow();
            var held = _entries.Values.Where(static e => e.Lease is not null).ToList();
            if (held.Count > 0)
            {
                var revisions = await leases.RenewAsync(held.Select(static e => e.Lease!).ToList(), now, _options.LeaseDuration, token).ConfigureAwait(false);
                foreach (var entry in held)
                {
                    await RenewedAsync(entry, revisions, now, token).ConfigureAwait(false);
                }
            }

            var holding = held.Count(static e => e.Lease is not null); // those still held after the renewal
            var claimed = await leases.ClaimAsync(_owner, holding, _options.LeaseClaimBatch, now, _options.LeaseDuration, RenewEvery, token).ConfigureAwait(false);
            foreach (var lease in claimed)
            {
                await AdoptAsync(lease, token).ConfigureAwait(false);
            }

            if (claimed.Count > 0)
            {
                var inDoubt = claimed.Count(static l => l.Record.Intent is not null);
                OrchestratorLog.LeasesClaimed(_logger, _owner, claimed.Count, inDoubt);
            }

            if (claimed.Count >= _options.LeaseClaimBatch)
            {
                again = TimeSpan.Zero; // more may be waiting
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            // Soon again (a store that is back must see this host renew its leases within the claim grace of the others).
            again = RenewEvery < FailedRoundRetry ? RenewEvery : FailedRoundRetry;
            OrchestratorLog.LeaseRoundFailed(_logger, ex, _time.GetUtcNow() + again);
        }
        finally
        {
            Interlocked.Exchange(ref _nextLeaseRoundTicks, (_time.GetUtcNow() + again).UtcTicks);
            Volatile.Write(ref _leaseRoundRunning, 0);
            Interlocked.Decrement(ref _inFlight);
            Wake();
        }
    }

    /// <summary>Applies the outcome of a renewal to one entry: extended (reloaded if another host wrote to it), or lost.</summary>
    private async Task RenewedAsync(ActivityEntry entry, IReadOnlyDictionary<string, long> revisions, DateTimeOffset now, CancellationToken token)
    {
        if (entry.Lease is not { } lease)
        {
            return;
        }

        if (!revisions.TryGetValue(entry.Key, out var revision))
        {
            entry.Lease = null;
            OrchestratorLog.LeaseLost(_logger, entry.Key, "the lease was not renewed in time and another host claimed it, or the activity was closed");
            MarkDirty(entry);
            return;
        }

        entry.Lease = lease with { ExpiresAt = now + _options.LeaseDuration };
        if (revision > entry.Record.Revision)
        {
            await ReloadAsync(entry, token).ConfigureAwait(false); // a caller on another host published or ended
            entry.Starved = false;
            MarkDirty(entry);
        }
        else if (entry.Starved)
        {
            entry.Starved = false;
            MarkDirty(entry);
        }
    }

    /// <summary>Starts driving an activity this host just claimed.</summary>
    private async Task<ActivityEntry> AdoptAsync(LiveActivityLease lease, CancellationToken token)
    {
        var entry = _entries.GetOrAdd(lease.Key, static (_, l) => new ActivityEntry(l.Record), lease);
        await entry.Gate.WaitAsync(token).ConfigureAwait(false);
        try
        {
            if (lease.Record.Revision >= entry.Record.Revision)
            {
                entry.Record = lease.Record;
            }

            entry.Lease = lease;
        }
        finally
        {
            entry.Gate.Release();
        }

        MarkDirty(entry);
        return entry;
    }

    /// <summary>Wakes the dispatcher for an entry this host drives (a shared store's transient entries are driven by their holder).</summary>
    private void MarkDirtyIfDriven(ActivityEntry entry)
    {
        if (_leases is null || entry.Lease is not null)
        {
            MarkDirty(entry);
        }
    }

    /// <summary>Whether a request of the entry may go out now: always with a store of one host; with a shared one, while a third of the lease remains.</summary>
    private bool MaySend(ActivityEntry entry, DateTimeOffset now)
    {
        if (_leases is null || (entry.Lease is { } lease && lease.ExpiresAt - RenewEvery > now))
        {
            return true;
        }

        // Held back: the next renewal (or the loss of the lease) marks it dirty again.
        entry.Starved = true;
        entry.Version++;
        entry.Queued = (WorkKind.None, default, default);
        return false;
    }

    /// <summary>Drops an entry this host no longer drives (lost, or closed) from the schedule and from memory. Called by the loop only.</summary>
    private void Forget(ActivityEntry entry)
    {
        entry.Version++;
        entry.Queued = (WorkKind.None, default, default);
        if (_entries.TryRemove(new KeyValuePair<string, ActivityEntry>(entry.Key, entry)))
        {
            _ends.Set(entry.Key, null);
            if (_openKeys.Remove(entry.Key))
            {
                _open.Remove((entry.Record.EndsAt, entry.Key));
            }
        }
    }

    /// <summary>Frees the leases still held after a graceful stop, so that the other hosts take the activities over at once.</summary>
    private async Task ReleaseLeasesAsync(CancellationToken cancellationToken)
    {
        var held = _entries.Values.Select(static e => e.Lease).OfType<LiveActivityLease>().ToList();
        if (_leases is null || held.Count == 0)
        {
            return;
        }

        try
        {
            await _leases.ReleaseAsync(held, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LiveActivityStoreUnavailableException or OperationCanceledException)
        {
            // The leases then expire by themselves after LeaseDuration; the other hosts take the activities over then.
            OrchestratorLog.LeaseRoundFailed(_logger, ex, _time.GetUtcNow() + _options.LeaseDuration);
        }
    }
}
