// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Orders;

/// <summary>The body of <c>POST /orders/{id}/dispatch</c>.</summary>
/// <param name="InsiderId">The customer's Insider id.</param>
/// <param name="CourierName">The courier's name shown on the lock screen.</param>
/// <param name="EtaMinutes">The estimated minutes until delivery.</param>
public sealed record DispatchOrder(string InsiderId, string CourierName, int EtaMinutes);

/// <summary>The body of <c>POST /orders/{id}/status</c>.</summary>
/// <param name="Status">The new status, as the app spells it (<c>in_transit</c>, <c>out_for_delivery</c>, ...): any other value is a 400.</param>
/// <param name="EtaMinutes">The new estimate in minutes.</param>
public sealed record OrderStatusChange(DeliveryStatus Status, int EtaMinutes);
