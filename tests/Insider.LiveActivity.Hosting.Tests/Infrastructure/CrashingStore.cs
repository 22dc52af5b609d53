namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// A store that "dies" on the first save matching a predicate: the save never completes and nothing is written, as when the
/// process is killed after a request was sent and before its result was recorded.
/// </summary>
public sealed class CrashingStore(ILiveActivityStore inner, CrashSwitch crash) : ILiveActivityStore
{
    public Func<LiveActivityRecord, bool>? CrashOnSave { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default) => inner.AddAsync(record, cancellationToken);

    public Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default)
    {
        if (crash.IsDead || CrashOnSave?.Invoke(record) == true)
        {
            crash.Die();
            return Task.Delay(Timeout.Infinite, cancellationToken); // never completes (the process is gone), unless the caller cancels: a disposed orchestrator can unwind
        }

        return inner.SaveAsync(record, cancellationToken);
    }

    public Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);

    public Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default) => inner.LoadOpenAsync(cancellationToken);
}
