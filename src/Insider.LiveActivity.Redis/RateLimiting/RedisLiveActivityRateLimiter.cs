// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// An <see cref="ILiveActivityRateLimiter"/> whose budget is shared by every process that uses the same Redis and API key: a sliding
/// log per (API key digest, endpoint) that never lets the fleet take more than <see cref="LiveActivityRateLimitContext.PermitLimit"/>
/// permits per <see cref="LiveActivityRateLimitContext.Window"/>, and a 429 seen by one process pauses the endpoint for all of them.
/// Calls that find no permit wait in this process's queue (at most <see cref="LiveActivityRateLimitContext.QueueLimit"/>, oldest first).
/// </summary>
/// <remarks>
/// <para>Time: the window is measured with Redis's own clock (<c>TIME</c>, read inside the scripts), so processes with skewed clocks
/// agree; how long a queued call sleeps before asking again is measured with the client's <see cref="TimeProvider"/>. A client on a
/// clock other than <see cref="TimeProvider.System"/> (a test's fake clock) passes that clock's time to Redis instead.</para>
/// <para>Every process of the fleet must use the same <see cref="LiveActivityRateLimitOptions.PermitLimit"/> and
/// <see cref="LiveActivityRateLimitOptions.Window"/>. Redis keys hold only the SHA-256 digest of base address and key and the endpoint.</para>
/// </remarks>
public sealed class RedisLiveActivityRateLimiter : ILiveActivityRateLimiter, IDisposable
{
    private readonly ConcurrentDictionary<(string Partition, LiveActivityEndpoint Endpoint, TimeProvider Clock), Entry> _entries = new();
    private readonly IConnectionMultiplexer _connection;
    private readonly bool _ownsConnection;
    private readonly BudgetStore _store;
    private readonly RedisRateLimiterOptions _options;
    private readonly ILogger _logger;
    private int _disposed;

    /// <summary>Initializes a new instance of the <see cref="RedisLiveActivityRateLimiter"/> class on a connection the caller owns.</summary>
    /// <param name="connection">The Redis connection; the limiter does not dispose it.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="logger">The logger of fallbacks and failed 429 reports, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public RedisLiveActivityRateLimiter(IConnectionMultiplexer connection, RedisRateLimiterOptions? options, ILogger? logger)
        : this(connection, options, logger, ownsConnection: false)
    {
    }

    internal RedisLiveActivityRateLimiter(IConnectionMultiplexer connection, RedisRateLimiterOptions? options, ILogger? logger, bool ownsConnection)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _options = options ?? new RedisRateLimiterOptions();
        _options.Validate();
        _logger = logger ?? NullLogger.Instance;
        _ownsConnection = ownsConnection;
        _store = new BudgetStore(connection);
    }

    /// <inheritdoc/>
    /// <exception cref="LiveActivityRedisUnavailableException">Redis is unreachable and <see cref="RedisRateLimiterOptions.FallbackToInProcess"/> is off.</exception>
    public async ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken)
    {
        var entry = GetEntry(context ?? throw new ArgumentNullException(nameof(context)));
        if (_options.FallbackToInProcess && !_store.IsConnected)
        {
            EnterFallback(entry, context, "not connected");
            return await InProcessLiveActivityRateLimiter.Shared.AcquireAsync(context, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var lease = await entry.Budget.AcquireAsync(cancellationToken).ConfigureAwait(false);
            if (Interlocked.Exchange(ref entry.FallingBack, 0) == 1)
            {
                LogRestored(context);
            }

            return lease;
        }
        catch (LiveActivityRedisUnavailableException e) when (_options.FallbackToInProcess)
        {
            EnterFallback(entry, context, e.InnerException?.Message ?? e.Message);
            return await InProcessLiveActivityRateLimiter.Shared.AcquireAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter)
    {
        var entry = GetEntry(context ?? throw new ArgumentNullException(nameof(context)));
        if (Volatile.Read(ref entry.FallingBack) == 1)
        {
            InProcessLiveActivityRateLimiter.Shared.OnResponse(context, statusCode, retryAfter);
        }

        _ = ReportAsync(context, statusCode, retryAfter);
    }

    /// <summary>Rejects every call still waiting in this process and, when the limiter created its connection, closes it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var entry in _entries.Values)
        {
            entry.Budget.Dispose();
        }

        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    /// <summary>Gets the number of calls of this process waiting for budget on <paramref name="clock"/> (for tests that drive a fake clock).</summary>
    internal long QueuedCount(TimeProvider clock) =>
        _entries.Where(entry => ReferenceEquals(entry.Key.Clock, clock)).Sum(entry => (long)entry.Value.Budget.QueuedCount);

    /// <summary>What <see cref="OnResponse"/> starts without waiting: the report to Redis (a test awaits it).</summary>
    internal async Task ReportAsync(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter)
    {
        var entry = GetEntry(context);
        try
        {
            await entry.Budget.OnResponseAsync(statusCode, retryAfter).ConfigureAwait(false);
        }
        catch (LiveActivityRedisUnavailableException e)
        {
            // The local pause is already set; the fleet's is not, which the log says.
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                Log.ReportFailed(_logger, (int)(statusCode ?? 0), context.Endpoint, e.InnerException?.Message ?? e.Message);
            }
        }
    }

    private void LogRestored(LiveActivityRateLimitContext context)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            Log.Restored(_logger, context.Endpoint);
        }
    }

    private void EnterFallback(Entry entry, LiveActivityRateLimitContext context, string cause)
    {
        if (Interlocked.Exchange(ref entry.FallingBack, 1) == 0 && _logger.IsEnabled(LogLevel.Warning))
        {
            Log.FallingBack(_logger, context.Endpoint, cause);
        }
    }

    private Entry GetEntry(LiveActivityRateLimitContext context)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);

        var key = (context.PartitionKey, context.Endpoint, context.TimeProvider);
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry;
        }

        var created = new Entry(new RedisEndpointBudget(_store, new BudgetKeys(_options.KeyPrefix, context), context));
        var winner = _entries.GetOrAdd(key, created);
        if (!ReferenceEquals(winner, created))
        {
            created.Budget.Dispose();
        }

        return winner;
    }

    private sealed class Entry(RedisEndpointBudget budget)
    {
#pragma warning disable SA1401 // a field, for Interlocked
        public int FallingBack;
#pragma warning restore SA1401

        public RedisEndpointBudget Budget { get; } = budget;
    }
}
