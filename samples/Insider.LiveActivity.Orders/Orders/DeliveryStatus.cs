// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Orders;

/// <summary>The C# mirror of the app's Swift <c>enum DeliveryStatus: String</c>: each member encodes as the Swift raw value.</summary>
public enum DeliveryStatus
{
    /// <summary>Swift <c>case preparing</c>.</summary>
    Preparing,

    /// <summary>Swift <c>case pickup</c>.</summary>
    Pickup,

    /// <summary>Swift <c>case inTransit = "in_transit"</c>.</summary>
    [JsonStringEnumMemberName("in_transit")]
    InTransit,

    /// <summary>Swift <c>case outForDelivery = "out_for_delivery"</c>.</summary>
    [JsonStringEnumMemberName("out_for_delivery")]
    OutForDelivery,

    /// <summary>Swift <c>case delivered</c>.</summary>
    Delivered,
}
