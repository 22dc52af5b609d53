// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Benchmarks.Typed;

/// <summary>The vendor demo's delivery status (Swift raw values in snake_case).</summary>
public enum BenchDeliveryStatus
{
    Pickup,
    [JsonStringEnumMemberName("in_transit")]
    InTransit,
    [JsonStringEnumMemberName("out_for_delivery")]
    OutForDelivery,
    Delivered,
}

/// <summary>The demo's delivery attributes.</summary>
[LiveActivityType("DeliveryActivityAttributes")]
public sealed record BenchDeliveryAttributes(string CourierName);

/// <summary>The demo's delivery content state: the same two keys as <see cref="Contenders.BenchmarkPayloads.ContentState"/>.</summary>
public sealed record BenchDeliveryState(BenchDeliveryStatus Status, int EtaMinutes);
