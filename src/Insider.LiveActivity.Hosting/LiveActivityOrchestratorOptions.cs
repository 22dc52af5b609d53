// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>Settings of the orchestrator. They are read once, when it is built.</summary>
public sealed class LiveActivityOrchestratorOptions
{
    /// <summary>Gets or sets how long before its start an activity is registered (at once when the start is closer).</summary>
    /// <value>The default value is 30 minutes.</value>
    public TimeSpan RegisterLead { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets how long after <c>/start</c> the first <c>/update</c> waits, so that devices sync their token (the API suggests 2–5 s).</summary>
    /// <value>The default value is 3 seconds.</value>
    public TimeSpan SyncDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets or sets the shortest time between two <c>/update</c> calls of one activity.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan MinUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long before <c>ends_at</c> an activity that the caller did not end is ended automatically (earlier when many share a deadline).</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan EndLead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the number of requests of one endpoint the orchestrator hands to the client at once (they wait in the client's rate budget).</summary>
    /// <value>The default value is 4.</value>
    public int MaxConcurrentRequestsPerEndpoint { get; set; } = 4;

    /// <summary>
    /// Gets or sets the share of each endpoint's rate budget the orchestrator spends. Requests of an endpoint are spaced evenly at
    /// <c>Window / (PermitLimit × BudgetShare)</c>, so no minute holds more than the limit whatever the alignment of the server's window
    /// (a sliding-window budget alone allows a burst at a segment's edge that a fixed-window server counts in the next minute).
    /// </summary>
    /// <value>The default value is 0.98.</value>
    public double BudgetShare { get; set; } = 0.98;

    /// <summary>Gets or sets how long a request that failed transiently (429, 503, 412, a transport failure) waits before it is tried again.</summary>
    /// <value>The default value is 5 seconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how long every request pauses after a 401 or 403 (the key or the product needs a person).</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan AuthFailurePause { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets how long a host's lease on an activity lasts unless renewed, when the store is shared by several hosts
    /// (<see cref="ILiveActivityLeaseStore"/>). The holder renews every third of it and sends a request only while at least a third
    /// remains; a host that dies leaves its activities to the others after at most this time.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the most activities a host claims from a shared store at once (it claims again at once while a claim comes back full).</summary>
    /// <value>The default value is 500.</value>
    public int LeaseClaimBatch { get; set; } = 500;

    /// <summary>Gets or sets the store factory; set by <see cref="UseSqlite"/>, <see cref="UseInMemory"/> or <see cref="UseStore"/>.</summary>
    internal Func<IServiceProvider, ILiveActivityStore>? StoreFactory { get; set; }

    /// <summary>Stores activities in a SQLite file (WAL): the embedded default.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=live-activities.db</c>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public LiveActivityOrchestratorOptions UseSqlite(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        StoreFactory = _ => new SqliteLiveActivityStore(connectionString);
        return this;
    }

    /// <summary>Stores activities in memory: for tests (nothing survives the process).</summary>
    /// <returns>These options.</returns>
    public LiveActivityOrchestratorOptions UseInMemory()
    {
        StoreFactory = _ => new InMemoryLiveActivityStore();
        return this;
    }

    /// <summary>Stores activities in a store of the caller's (for example one shared by several hosts).</summary>
    /// <param name="factory">Creates the store from the service provider.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public LiveActivityOrchestratorOptions UseStore(Func<IServiceProvider, ILiveActivityStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        StoreFactory = factory;
        return this;
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(RegisterLead, TimeSpan.Zero, nameof(RegisterLead));
        ArgumentOutOfRangeException.ThrowIfLessThan(SyncDelay, TimeSpan.Zero, nameof(SyncDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinUpdateInterval, TimeSpan.Zero, nameof(MinUpdateInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(EndLead, TimeSpan.Zero, nameof(EndLead));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentRequestsPerEndpoint, 1, nameof(MaxConcurrentRequestsPerEndpoint));
        if (!(BudgetShare > 0 && BudgetShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(BudgetShare), BudgetShare, "BudgetShare must be above 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AuthFailurePause, TimeSpan.Zero, nameof(AuthFailurePause));
        ArgumentOutOfRangeException.ThrowIfLessThan(LeaseDuration, TimeSpan.FromMilliseconds(30), nameof(LeaseDuration));
        ArgumentOutOfRangeException.ThrowIfLessThan(LeaseClaimBatch, 1, nameof(LeaseClaimBatch));
    }
}
