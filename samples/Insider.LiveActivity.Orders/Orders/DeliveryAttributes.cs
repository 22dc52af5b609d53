// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Orders;

/// <summary>The C# mirror of the app's Swift <c>DeliveryActivityAttributes</c> (ios/DeliveryActivityAttributes.swift): its static fields, sent on start.</summary>
/// <param name="CourierName">Swift <c>courierName: String</c>.</param>
[LiveActivityType("DeliveryActivityAttributes")]
public sealed record DeliveryAttributes(string CourierName);
