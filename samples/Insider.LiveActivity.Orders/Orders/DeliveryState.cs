// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Orders;

/// <summary>The C# mirror of the app's Swift <c>DeliveryActivityAttributes.ContentState</c>, sent on every start, update and end.</summary>
/// <param name="Status">Swift <c>status: DeliveryStatus</c>.</param>
/// <param name="EtaMinutes">Swift <c>etaMinutes: Int</c>.</param>
public sealed record DeliveryState(DeliveryStatus Status, int EtaMinutes);
