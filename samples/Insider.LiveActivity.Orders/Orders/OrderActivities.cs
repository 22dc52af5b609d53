// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;

namespace Insider.LiveActivity.Orders;

/// <summary>Which Live Activity tracks which order (in memory: a real backend keeps it with the order).</summary>
public sealed class OrderActivities
{
    private readonly ConcurrentDictionary<string, string> _activityIds = new(StringComparer.Ordinal);

    /// <summary>Remembers the activity of an order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="activityId">The activity id <c>/register</c> returned.</param>
    public void Track(string orderId, string activityId) => _activityIds[orderId] = activityId;

    /// <summary>Finds the activity of an order.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The activity id, or <see langword="null"/> when the order has none.</returns>
    public string? Find(string orderId) => _activityIds.TryGetValue(orderId, out var id) ? id : null;

    /// <summary>Forgets the activity of a delivered order.</summary>
    /// <param name="orderId">The order.</param>
    public void Forget(string orderId) => _activityIds.TryRemove(orderId, out _);
}
