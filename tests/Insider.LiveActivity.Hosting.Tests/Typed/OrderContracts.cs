using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Hosting.Tests.Typed;

// The C# mirror of a Swift `OrderTrackingAttributes: ActivityAttributes` and its `ContentState`.

public enum OrderStatus
{
    Placed,
    [JsonStringEnumMemberName("in_transit")]
    InTransit,
    Delivered,
}

[LiveActivityType("OrderTrackingAttributes")]
public sealed record OrderAttributes(string OrderNumber);

public sealed record OrderState(OrderStatus Status, int EtaMinutes, DateTimeOffset Eta, double Progress, string? Note = null);

/// <summary>A caller's source-generated context at .NET's defaults: the Swift-Codable options built over it decide the encoding.</summary>
[JsonSerializable(typeof(OrderAttributes))]
[JsonSerializable(typeof(OrderState))]
internal sealed partial class OrderJsonContext : JsonSerializerContext;
