namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// <see cref="CrashingStore"/> over a store shared by several hosts: the same "death" on a save (with or without a lease), and every
/// lease call of a dead host hangs (a killed process renews nothing, so its leases expire).
/// </summary>
public sealed class CrashingLeaseStore(ILiveActivityLeaseStore inner, CrashSwitch crash) : ILiveActivityLeaseStore
{
    private readonly CrashingStore _store = new(inner, crash);

    public Func<LiveActivityRecord, bool>? CrashOnSave
    {
        get => _store.CrashOnSave;
        set => _store.CrashOnSave = value;
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _store.InitializeAsync(cancellationToken);

    public Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default) => _store.AddAsync(record, cancellationToken);

    public Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default) => _store.SaveAsync(record, cancellationToken);

    public Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default) => _store.GetAsync(key, cancellationToken);

    public Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default) => _store.LoadOpenAsync(cancellationToken);

    public Task<IReadOnlyList<LiveActivityLease>> ClaimAsync(string owner, int held, int max, DateTimeOffset now, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken = default) =>
        crash.IsDead ? Hang<IReadOnlyList<LiveActivityLease>>(cancellationToken) : inner.ClaimAsync(owner, held, max, now, duration, grace, cancellationToken);

    public Task<LiveActivityLease?> TryClaimAsync(string key, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default) =>
        crash.IsDead ? Hang<LiveActivityLease?>(cancellationToken) : inner.TryClaimAsync(key, owner, now, duration, cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> RenewAsync(IReadOnlyCollection<LiveActivityLease> leases, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default) =>
        crash.IsDead ? Hang<IReadOnlyDictionary<string, long>>(cancellationToken) : inner.RenewAsync(leases, now, duration, cancellationToken);

    public Task SaveUnderLeaseAsync(LiveActivityRecord record, LiveActivityLease lease, CancellationToken cancellationToken = default)
    {
        if (crash.IsDead || CrashOnSave?.Invoke(record) == true)
        {
            crash.Die();
            return Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return inner.SaveUnderLeaseAsync(record, lease, cancellationToken);
    }

    public Task ReleaseAsync(IReadOnlyCollection<LiveActivityLease> leases, CancellationToken cancellationToken = default) =>
        crash.IsDead ? Hang<bool>(cancellationToken) : inner.ReleaseAsync(leases, cancellationToken);

    /// <summary>A call of a dead host: it never completes, unless the caller cancels (a disposed orchestrator can unwind).</summary>
    private static async Task<T> Hang<T>(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
