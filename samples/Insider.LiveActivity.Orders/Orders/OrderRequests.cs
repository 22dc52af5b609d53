// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Orders;

/// <summary>The body of <c>POST /orders/{id}/dispatch</c>.</summary>
/// <param name="InsiderId">The customer's Insider id.</param>
/// <param name="Eta">The estimated delivery time shown on the lock screen, e.g. <c>14:30</c>.</param>
public sealed record DispatchOrder(string InsiderId, string Eta);

/// <summary>The body of <c>POST /orders/{id}/status</c>.</summary>
/// <param name="Status">The new status, a case of the app's <c>ContentState.status</c> enum (e.g. <c>in_transit</c>).</param>
/// <param name="Eta">The new estimate, or <see langword="null"/> to keep the one shown.</param>
public sealed record OrderStatusChange(string Status, string? Eta = null);
