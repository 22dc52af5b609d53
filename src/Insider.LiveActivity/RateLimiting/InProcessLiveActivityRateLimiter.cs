// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;

namespace Insider.LiveActivity;

/// <summary>
/// The default <see cref="ILiveActivityRateLimiter"/>: one <see cref="SlidingWindowRateLimiter"/> per partition (base address and
/// API key) and endpoint, shared by every client of the process, replenished by the context's <see cref="TimeProvider"/>.
/// The first client to use a partition fixes its settings. Clients on another clock (a test's fake <see cref="TimeProvider"/>) get
/// budgets of their own, so a test never sets the timers of real clients.
/// </summary>
public sealed class InProcessLiveActivityRateLimiter : ILiveActivityRateLimiter
{
    private readonly ConcurrentDictionary<(string Partition, LiveActivityEndpoint Endpoint, TimeProvider Clock), EndpointBudget> _budgets = new();

    /// <summary>Gets the instance every client of the process uses unless another limiter is registered.</summary>
    public static InProcessLiveActivityRateLimiter Shared { get; } = new();

    /// <inheritdoc/>
    public ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken)
    {
        Guard.NotNull(context, nameof(context));
        return GetBudget(context).AcquireAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter)
    {
        Guard.NotNull(context, nameof(context));
        GetBudget(context).OnResponse(statusCode, retryAfter);
    }

    /// <summary>Gets the number of calls waiting for budget in every budget on <paramref name="clock"/> (for tests that drive a fake clock).</summary>
    internal long QueuedCount(TimeProvider clock) =>
        _budgets.Where(entry => ReferenceEquals(entry.Key.Clock, clock)).Sum(entry => entry.Value.QueuedCount);

    private EndpointBudget GetBudget(LiveActivityRateLimitContext context)
    {
        var key = (context.PartitionKey, context.Endpoint, context.TimeProvider);
        if (_budgets.TryGetValue(key, out var budget))
        {
            return budget;
        }

        var created = new EndpointBudget(context);
        var winner = _budgets.GetOrAdd(key, created);
        if (!ReferenceEquals(winner, created))
        {
            created.Dispose();
        }

        return winner;
    }
}
