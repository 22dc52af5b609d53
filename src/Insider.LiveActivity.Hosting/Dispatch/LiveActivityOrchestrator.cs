// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The default <see cref="ILiveActivityOrchestrator"/>: one dispatcher per store, on a <see cref="TimeProvider"/>. Call
/// <see cref="StartAsync"/> to take over the store's open activities and begin dispatching (the hosted service of
/// <c>AddLiveActivityOrchestrator</c> does), <see cref="StopAsync"/> to stop gracefully.
/// </summary>
/// <remarks>
/// One orchestrator drives a store at a time, unless the store is shared (<see cref="ILiveActivityLeaseStore"/>): then every host drives the
/// activities it holds a lease on, and takes over those of a host that stopped renewing its leases. A <c>/register</c> whose outcome is unknown (a crash after sending it, a timeout) is
/// sent again: the API gives no way to find the activity the first one may have created, which then stays orphaned until its
/// <c>ends_at</c> (logged as <c>RegisterInDoubt</c>). <c>/start</c> and <c>/end</c> have no such risk: a second send answered 409
/// <c>ALREADY_STARTED</c> or 404 <c>NOT_FOUND</c> means the first landed.
/// </remarks>
public sealed partial class LiveActivityOrchestrator : ILiveActivityOrchestrator, IAsyncDisposable
{
    private readonly Func<ILiveActivityClient> _client;
    private readonly ILiveActivityStore _store;
    private readonly ILiveActivityLeaseStore? _leases;
    private readonly string _owner = Environment.MachineName + "/" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Guid.NewGuid().ToString("N")[..8];
    private readonly LiveActivityOrchestratorOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, ActivityEntry> _entries = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _shutdown = new();
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private volatile bool _loaded;

    /// <summary>How many times a write is applied again to a record another writer changed before the conflict reaches the caller.</summary>
    private const int MaxWriteAttempts = 8;

    /// <summary>Who makes a write, which decides how it is guarded.</summary>
    private enum Write
    {
        /// <summary>A caller's publish or end, from any host: guarded by the revision only, applied again on a conflict.</summary>
        Caller,

        /// <summary>The intent before a request: under the lease; a conflict sends the dispatcher back to the stored record.</summary>
        Intent,

        /// <summary>What happened (a request's result, an expiry, a failure): under the lease, applied again on a conflict.</summary>
        Result,
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityOrchestrator"/> class.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="store">The store.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="rateLimit">The client's rate budget (to schedule ends that share a deadline), or <see langword="null"/> for the API's 1,000 per minute.</param>
    /// <param name="timeProvider">The clock, or <see langword="null"/> for the system clock.</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="store"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public LiveActivityOrchestrator(
        ILiveActivityClient client,
        ILiveActivityStore store,
        LiveActivityOrchestratorOptions? options = null,
        LiveActivityRateLimitOptions? rateLimit = null,
        TimeProvider? timeProvider = null,
        ILogger<LiveActivityOrchestrator>? logger = null)
        : this(Constant(client), store, options, rateLimit, timeProvider, logger)
    {
    }

    internal LiveActivityOrchestrator(
        Func<ILiveActivityClient> client,
        ILiveActivityStore store,
        LiveActivityOrchestratorOptions? options,
        LiveActivityRateLimitOptions? rateLimit,
        TimeProvider? timeProvider,
        ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        _options = options ?? new LiveActivityOrchestratorOptions();
        _options.Validate();
        _client = client;
        _store = store;
        _leases = store as ILiveActivityLeaseStore;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        var budget = rateLimit is { Enabled: true, PermitLimit: > 0 } ? rateLimit : new LiveActivityRateLimitOptions();
        _spacing = budget.Window / (budget.PermitLimit * _options.BudgetShare);
        _ends = new EndScheduler(_spacing);
        _timer = _time.CreateTimer(static state => ((LiveActivityOrchestrator)state!).Wake(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Gets the records known in memory (for the telemetry gauges).</summary>
    internal IEnumerable<LiveActivityRecord> Records => _entries.Values.Select(static e => e.Record);

    /// <inheritdoc/>
    public async Task<LiveActivityStatus> PlanAsync(LiveActivityPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (string.IsNullOrWhiteSpace(plan.Key))
        {
            throw new LiveActivityValidationException("LiveActivityPlan.Key is required");
        }

        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        if (_entries.TryGetValue(plan.Key, out var known))
        {
            return known.Record.ToStatus();
        }

        var now = _time.GetUtcNow();
        PlanValidator.Validate(plan, now, _options.RegisterLead);
        var record = new LiveActivityRecord
        {
            Key = plan.Key,
            Revision = 1,
            State = LiveActivityState.Planned,
            ActivityType = plan.ActivityType,
            InsiderIds = plan.InsiderIds.ToArray(),
            PlannedAt = now,
            StartAt = plan.StartAt ?? now,
            EndsAt = plan.EndsAt,
            StartContent = PlanValidator.Copy(plan.StartContent, nameof(plan.StartContent)),
            FinalContent = plan.FinalContent is null ? null : PlanValidator.Copy(plan.FinalContent, nameof(plan.FinalContent)),
            TargetDevices = plan.TargetDevices?.ToArray(),
        };

        var stored = await _store.AddAsync(record, cancellationToken).ConfigureAwait(false);
        if (_leases is not null)
        {
            // A shared store: the host that planned the activity drives it, unless another host holds it already.
            var lease = await _leases.TryClaimAsync(stored.Key, _owner, now, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
            if (lease is null)
            {
                return stored.ToStatus();
            }

            stored = (await AdoptAsync(lease, cancellationToken).ConfigureAwait(false)).Record;
            return stored.ToStatus();
        }

        var entry = _entries.GetOrAdd(stored.Key, static (_, r) => new ActivityEntry(r), stored);
        MarkDirty(entry);
        return entry.Record.ToStatus();
    }

    /// <inheritdoc/>
    public async Task PublishAsync(string key, LiveActivityContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = PlanValidator.Copy(content, nameof(content));
        var entry = await GetEntryAsync(key, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        await MutateAsync(
            entry,
            r =>
            {
                if (r.IsClosed || r.EndRequestedAt is not null || r.Intent == LiveActivityOperation.End)
                {
                    throw new InvalidOperationException($"The live activity '{r.Key}' is {(r.IsClosed ? r.State.ToString() : "ending")}: no state can be published any more");
                }

                return r with
                {
                    PendingContent = copy,
                    LatestContent = copy,
                    PendingSequence = r.PendingSequence + 1,
                    LastPublishedAt = now,
                    StaleSince = r.HasPendingUpdate ? r.StaleSince : now,
                };
            },
            cancellationToken,
            Write.Caller).ConfigureAwait(false);
        MarkDirtyIfDriven(entry);
    }

    /// <inheritdoc/>
    public async Task EndAsync(string key, LiveActivityContent finalContent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = PlanValidator.Copy(finalContent, nameof(finalContent));
        var entry = await GetEntryAsync(key, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        await MutateAsync(
            entry,
            r => r.IsClosed || r.EndRequestedAt is not null
                ? r
                : r with { EndRequestedAt = now, EndContent = r.Intent == LiveActivityOperation.End ? r.EndContent : copy },
            cancellationToken,
            Write.Caller).ConfigureAwait(false);
        MarkDirtyIfDriven(entry);
    }

    /// <inheritdoc/>
    public async Task<LiveActivityStatus?> GetStatusAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry.Record.ToStatus();
        }

        return (await _store.GetAsync(key, cancellationToken).ConfigureAwait(false))?.ToStatus();
    }

    /// <summary>Takes over the store's open activities (settling requests left in doubt) and starts dispatching.</summary>
    /// <param name="cancellationToken">A token that cancels the start.</param>
    /// <returns>A task that completes once the dispatcher runs.</returns>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        lock (_loopGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _loop ??= Task.Run(() => RunLoopAsync(_shutdown.Token), CancellationToken.None);
        }

        OrchestratorTelemetry.Track(this);
    }

    private static Func<ILiveActivityClient> Constant(ILiveActivityClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return () => client;
    }

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_loaded)
            {
                return;
            }

            await _store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            if (_leases is not null)
            {
                _loaded = true; // a shared store: the dispatcher claims the activities it drives, lease by lease
                return;
            }

            var open = await _store.LoadOpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var record in open)
            {
                MarkDirty(_entries.GetOrAdd(record.Key, static (_, r) => new ActivityEntry(r), record));
            }

            var inDoubt = open.Count(static r => r.Intent is not null);
            if (open.Count > 0)
            {
                OrchestratorLog.Recovered(_logger, open.Count, inDoubt);
            }

            _loaded = true;
        }
        finally
        {
            _loadGate.Release();
        }
    }

    private async Task<ActivityEntry> GetEntryAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry;
        }

        var stored = await _store.GetAsync(key, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No live activity is planned under the key '{key}'");

        // A shared store: an activity another host drives is written through a transient entry (its revision guards the write).
        return _leases is not null ? new ActivityEntry(stored) : _entries.GetOrAdd(stored.Key, static (_, r) => new ActivityEntry(r), stored);
    }

    /// <summary>
    /// Applies a change to the record under its gate and stores it before the change is visible; a change that returns the record itself
    /// stores nothing. The dispatcher's writes are made under the entry's lease (a shared store). A caller's write, or the result of a
    /// request that was sent, is applied again to the stored record when another writer got there first; an intent is not (the
    /// dispatcher decides again on the stored record).
    /// </summary>
    private async Task<LiveActivityRecord> MutateAsync(ActivityEntry entry, Func<LiveActivityRecord, LiveActivityRecord> change, CancellationToken cancellationToken, Write write = Write.Result)
    {
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var current = entry.Record;
                var next = change(current);
                if (ReferenceEquals(next, current))
                {
                    return current;
                }

                next = next with { Revision = current.Revision + 1 };
                try
                {
                    if (write != Write.Caller && _leases is not null)
                    {
                        var lease = entry.Lease ?? throw new LiveActivityLeaseLostException(
                            $"This host no longer holds the lease on the live activity '{entry.Key}' (it was not renewed in time); the write was not made");
                        await _leases.SaveUnderLeaseAsync(next, lease, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await _store.SaveAsync(next, cancellationToken).ConfigureAwait(false);
                    }

                    entry.Record = next;
                    return next;
                }
                catch (LiveActivityStoreConflictException) when (write != Write.Intent && attempt < MaxWriteAttempts)
                {
                    entry.Record = await _store.GetAsync(entry.Key, cancellationToken).ConfigureAwait(false)
                        ?? throw new KeyNotFoundException($"No live activity is stored under the key '{entry.Key}' any more");
                }
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }
}
