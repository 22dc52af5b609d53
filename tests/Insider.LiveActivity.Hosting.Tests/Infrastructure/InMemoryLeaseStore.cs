namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// An <see cref="ILiveActivityLeaseStore"/> in memory, shared by several orchestrators (hosts), with the semantics of the Redis store's
/// Lua scripts (<c>StoreScripts</c>): a record carries its revision, JSON, fencing token (incremented by every claim) and holder; the
/// open index maps each open record to its lease expiry (<see cref="Free"/>: no lease); the live hosts map each owner to when it stops
/// being live. Every call runs under one lock, as a script runs atomically. For tests it records the lease calls, counts the reads,
/// can fail chosen calls (<see cref="Fault"/>) and runs a hook before a write under a lease (another host acting "meanwhile").
/// </summary>
public sealed class InMemoryLeaseStore : ILiveActivityLeaseStore
{
    /// <summary>The score of a free lease (Redis: 0), earlier than any <c>now − grace</c>.</summary>
    public static readonly DateTimeOffset Free = DateTimeOffset.UnixEpoch;

    private readonly object _gate = new();
    private readonly Dictionary<string, Slot> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _hosts = new(StringComparer.Ordinal);
    private readonly List<(string Owner, int Held, int Max, DateTimeOffset Now, TimeSpan Duration, TimeSpan Grace, int Claimed)> _claims = [];
    private readonly List<(DateTimeOffset Now, int Leases, int Renewed)> _renewals = [];
    private int _reads;

    /// <summary>Gets or sets the failure of the calls it matches (operation: Claim, TryClaim, Renew, SaveUnderLease, Save, Release; the owner when known), or <see langword="null"/>.</summary>
    public Func<string, string?, Exception?>? Fault { get; set; }

    /// <summary>Gets or sets what a call waits for before it runs (operation: Claim or Renew), or <see langword="null"/>: a slow store.</summary>
    public Func<string, Task?>? Hold { get; set; }

    /// <summary>Gets or sets an action run (outside the lock) before a write under a lease is checked: another host acting meanwhile.</summary>
    public Action<LiveActivityRecord, LiveActivityLease>? BeforeSaveUnderLease { get; set; }

    /// <summary>Gets every claim call: owner, held, max, now, duration, grace and how many it claimed.</summary>
    public IReadOnlyList<(string Owner, int Held, int Max, DateTimeOffset Now, TimeSpan Duration, TimeSpan Grace, int Claimed)> Claims
    {
        get
        {
            lock (_gate)
            {
                return _claims.ToList();
            }
        }
    }

    /// <summary>Gets every renewal call that reached the store: now, how many leases it carried and how many were still held.</summary>
    public IReadOnlyList<(DateTimeOffset Now, int Leases, int Renewed)> Renewals
    {
        get
        {
            lock (_gate)
            {
                return _renewals.ToList();
            }
        }
    }

    /// <summary>Gets the number of <see cref="GetAsync"/> calls (records read back one by one).</summary>
    public int Reads => Volatile.Read(ref _reads);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            if (!_records.TryGetValue(record.Key, out var slot))
            {
                slot = new Slot(record.Revision, RecordJson.Serialize(record));
                _records[record.Key] = slot;
                if (!record.IsClosed)
                {
                    _open.TryAdd(record.Key, Free);
                }
            }

            return Task.FromResult(RecordJson.Deserialize(slot.Json));
        }
    }

    public Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Fail("Save", null) ?? Save(record, fence: null);
    }

    public Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Interlocked.Increment(ref _reads);
        lock (_gate)
        {
            return Task.FromResult(_records.TryGetValue(key, out var slot) ? RecordJson.Deserialize(slot.Json) : null);
        }
    }

    public Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<LiveActivityRecord> open = _open.Keys.Select(k => RecordJson.Deserialize(_records[k].Json)).ToList();
            return Task.FromResult(open);
        }
    }

    public Task<IReadOnlyList<LiveActivityLease>> ClaimAsync(string owner, int held, int max, DateTimeOffset now, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfNegative(held);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(grace.Ticks, nameof(grace));
        cancellationToken.ThrowIfCancellationRequested();
        if (Fault?.Invoke("Claim", owner) is { } failure)
        {
            return Task.FromException<IReadOnlyList<LiveActivityLease>>(failure);
        }

        return Hold?.Invoke("Claim") is { } hold ? After(hold, () => Claim(owner, held, max, now, duration, grace)) : Claim(owner, held, max, now, duration, grace);
    }

    private Task<IReadOnlyList<LiveActivityLease>> Claim(string owner, int held, int max, DateTimeOffset now, TimeSpan duration, TimeSpan grace)
    {
        var expiresAt = now + duration;
        lock (_gate)
        {
            _hosts[owner] = expiresAt;
            foreach (var gone in _hosts.Where(h => h.Value < now).Select(h => h.Key).ToList())
            {
                _hosts.Remove(gone);
            }

            var share = (int)Math.Ceiling(_open.Count / (double)_hosts.Count) - held;
            var limit = Math.Min(max, share);
            var leases = new List<LiveActivityLease>();
            if (limit >= 1)
            {
                var due = _open.Where(o => o.Value <= now - grace).OrderBy(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal).Take(limit).Select(o => o.Key).ToList();
                foreach (var key in due)
                {
                    leases.Add(Take(key, owner, expiresAt));
                }
            }

            _claims.Add((owner, held, max, now, duration, grace, leases.Count));
            return Task.FromResult<IReadOnlyList<LiveActivityLease>>(leases);
        }
    }

    public Task<LiveActivityLease?> TryClaimAsync(string key, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        cancellationToken.ThrowIfCancellationRequested();
        if (Fault?.Invoke("TryClaim", owner) is { } failure)
        {
            return Task.FromException<LiveActivityLease?>(failure);
        }

        lock (_gate)
        {
            if (!_open.TryGetValue(key, out var expiry) || expiry > now)
            {
                return Task.FromResult<LiveActivityLease?>(null);
            }

            return Task.FromResult<LiveActivityLease?>(Take(key, owner, now + duration));
        }
    }

    public Task<IReadOnlyDictionary<string, long>> RenewAsync(IReadOnlyCollection<LiveActivityLease> leases, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leases);
        cancellationToken.ThrowIfCancellationRequested();
        if (Fault?.Invoke("Renew", leases.FirstOrDefault()?.Owner) is { } failure)
        {
            return Task.FromException<IReadOnlyDictionary<string, long>>(failure);
        }

        return Hold?.Invoke("Renew") is { } hold ? After(hold, () => Renew(leases, now, duration)) : Renew(leases, now, duration);
    }

    private Task<IReadOnlyDictionary<string, long>> Renew(IReadOnlyCollection<LiveActivityLease> leases, DateTimeOffset now, TimeSpan duration)
    {
        lock (_gate)
        {
            var held = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var lease in leases)
            {
                if (_records.TryGetValue(lease.Key, out var slot) && slot.Token == lease.Token && _open.ContainsKey(lease.Key))
                {
                    _open[lease.Key] = now + duration;
                    held[lease.Key] = slot.Revision;
                }
            }

            _renewals.Add((now, leases.Count, held.Count));
            return Task.FromResult<IReadOnlyDictionary<string, long>>(held);
        }
    }

    public Task SaveUnderLeaseAsync(LiveActivityRecord record, LiveActivityLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lease);
        if (!string.Equals(record.Key, lease.Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The lease is on the key '{lease.Key}', not on the record's key '{record.Key}'", nameof(lease));
        }

        BeforeSaveUnderLease?.Invoke(record, lease);
        return Fail("SaveUnderLease", lease.Owner) ?? Save(record, lease.Token);
    }

    public Task ReleaseAsync(IReadOnlyCollection<LiveActivityLease> leases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leases);
        cancellationToken.ThrowIfCancellationRequested();
        if (Fault?.Invoke("Release", leases.FirstOrDefault()?.Owner) is { } failure)
        {
            return Task.FromException(failure);
        }

        lock (_gate)
        {
            foreach (var lease in leases)
            {
                _hosts.Remove(lease.Owner);
                if (_records.TryGetValue(lease.Key, out var slot) && slot.Token == lease.Token && _open.ContainsKey(lease.Key))
                {
                    _open[lease.Key] = Free;
                }
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Another host takes the lease on an open record now, whatever its expiry: what the store shows once a holder that paused (or
    /// whose clock ran behind) has lost it to a claim. The holder's next write under its old token is refused.
    /// </summary>
    /// <param name="key">The record's key.</param>
    /// <param name="owner">The other host.</param>
    /// <param name="expiresAt">When the other host's lease expires.</param>
    /// <returns>The other host's lease.</returns>
    public LiveActivityLease Seize(string key, string owner, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            return Take(key, owner, expiresAt);
        }
    }

    /// <summary>Gets the lease on a record as stored: its holder (<see langword="null"/> before the first claim), fencing token, and expiry (<see cref="Free"/> when free, <see langword="null"/> when the record is not open).</summary>
    /// <param name="key">The record's key.</param>
    /// <returns>The holder, token and expiry.</returns>
    public (string? Owner, long Token, DateTimeOffset? ExpiresAt) LeaseOf(string key)
    {
        lock (_gate)
        {
            var slot = _records[key];
            return (slot.Owner, slot.Token, _open.TryGetValue(key, out var expiry) ? expiry : null);
        }
    }

    /// <summary>Gets the keys whose lease <paramref name="owner"/> holds (the last claim was theirs and the record is open), whatever its expiry.</summary>
    /// <param name="owner">The host.</param>
    /// <returns>The keys, in ordinal order.</returns>
    public IReadOnlyList<string> HeldBy(string owner)
    {
        lock (_gate)
        {
            return _open.Keys.Where(k => _records[k].Owner == owner && _open[k] != Free).Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Gets the owners every host claimed under (the orchestrators' ids are private: they show here).</summary>
    /// <returns>The distinct owners, in the order of their first claim.</returns>
    public IReadOnlyList<string> Owners()
    {
        lock (_gate)
        {
            return _claims.Select(c => c.Owner).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    private static async Task<T> After<T>(Task hold, Func<Task<T>> call)
    {
        await hold;
        return await call();
    }

    private Task? Fail(string operation, string? owner) => Fault?.Invoke(operation, owner) is { } failure ? Task.FromException(failure) : null;

    /// <summary>The Save script: the fencing token first (a write under a lease), then the revision; the open index follows the record.</summary>
    private Task Save(LiveActivityRecord record, long? fence)
    {
        lock (_gate)
        {
            if (!_records.TryGetValue(record.Key, out var slot))
            {
                return Task.FromException(new LiveActivityStoreConflictException($"The record of key '{record.Key}' was never added"));
            }

            if (fence is { } token && slot.Token != token)
            {
                return Task.FromException(new LiveActivityLeaseLostException(
                    $"The lease on the record of key '{record.Key}' was claimed by another host (fencing token {token} is stale); the write was not made"));
            }

            if (slot.Revision != record.Revision - 1)
            {
                return Task.FromException(new LiveActivityStoreConflictException(
                    $"The record of key '{record.Key}' is not at revision {record.Revision - 1}; it was changed by another writer"));
            }

            slot.Revision = record.Revision;
            slot.Json = RecordJson.Serialize(record);
            if (record.IsClosed)
            {
                _open.Remove(record.Key);
            }
            else
            {
                _open.TryAdd(record.Key, Free);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>A claim of one record (under the lock): the next fencing token, the new holder, the lease's expiry in the open index.</summary>
    private LiveActivityLease Take(string key, string owner, DateTimeOffset expiresAt)
    {
        var slot = _records[key];
        slot.Token++;
        slot.Owner = owner;
        _open[key] = expiresAt;
        var record = RecordJson.Deserialize(slot.Json);
        return new LiveActivityLease { Key = record.Key, Owner = owner, Token = slot.Token, ExpiresAt = expiresAt, Record = record };
    }

    private sealed class Slot(long revision, string json)
    {
        public long Revision { get; set; } = revision;

        public string Json { get; set; } = json;

        public long Token { get; set; }

        public string? Owner { get; set; }
    }
}
