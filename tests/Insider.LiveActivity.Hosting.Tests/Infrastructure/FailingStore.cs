namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>An in-memory store whose saves matching a predicate throw a chosen exception (a store outage, a conflict, a bug) until cleared.</summary>
public sealed class FailingStore : ILiveActivityStore
{
    private readonly InMemoryLiveActivityStore _inner = new();

    /// <summary>Gets or sets the failure of the next saves it matches, or <see langword="null"/> when saves succeed.</summary>
    public Func<LiveActivityRecord, Exception?>? FailSave { get; set; }

    /// <summary>Gets or sets the failure of the next initializations, or <see langword="null"/> when they succeed.</summary>
    public Func<Exception?>? FailInitialize { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        FailInitialize?.Invoke() is { } failure ? Task.FromException(failure) : _inner.InitializeAsync(cancellationToken);

    public Task<LiveActivityRecord> AddAsync(LiveActivityRecord record, CancellationToken cancellationToken = default) => _inner.AddAsync(record, cancellationToken);

    public Task SaveAsync(LiveActivityRecord record, CancellationToken cancellationToken = default) =>
        FailSave?.Invoke(record) is { } failure ? Task.FromException(failure) : _inner.SaveAsync(record, cancellationToken);

    public Task<LiveActivityRecord?> GetAsync(string key, CancellationToken cancellationToken = default) => _inner.GetAsync(key, cancellationToken);

    public Task<IReadOnlyList<LiveActivityRecord>> LoadOpenAsync(CancellationToken cancellationToken = default) => _inner.LoadOpenAsync(cancellationToken);
}
