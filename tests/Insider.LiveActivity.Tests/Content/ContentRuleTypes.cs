// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Tests.Content;

// One small type per encoding rule of the typed content path.

public sealed record CodingKeysState(
    [property: JsonPropertyName("countdown_end")] int CountdownEnd,
    string DisplayName);

public enum SymbolName
{
    [JsonStringEnumMemberName("play.fill")]
    Play,
    [JsonStringEnumMemberName("Paused by the coach")]
    Paused,
}

[JsonConverter(typeof(JsonNumberEnumConverter<Priority>))]
public enum Priority
{
    Low = 1,
    High = 10,
}

// The NativeAOT form: the enum names its converter, so no reflection creates one.
[JsonConverter(typeof(LiveActivityEnumConverter<Courier>))]
public enum Courier
{
    OnFoot,
    [JsonStringEnumMemberName("bike")]
    Bicycle,
}

public sealed record EnumState(DeliveryStatus Status, SymbolName Symbol, Priority Priority, Courier Courier, DeliveryStatus? Previous);

// The issue's own example: with .NET's defaults it went out as {"Status":0,"EtaMinutes":30,"Eta":"2026-12-01T03:38:05.0035+00:00"}.
public sealed record IssueDeliveryState(DeliveryStatus Status, int EtaMinutes, DateTimeOffset Eta);

public sealed record DateState(DateTimeOffset Eta, DateTime Placed);

public sealed record OptionalDateState(DateTimeOffset? Eta);

public sealed record OptInDateState(
    [property: LiveActivityDateEncoding(LiveActivityDateFormat.UnixSeconds)] DateTimeOffset UnixSeconds,
    [property: LiveActivityDateEncoding(LiveActivityDateFormat.UnixMilliseconds)] DateTimeOffset UnixMilliseconds,
    [property: LiveActivityDateEncoding(LiveActivityDateFormat.Iso8601)] DateTime Iso,
    [property: LiveActivityDateEncoding(LiveActivityDateFormat.UnixSeconds)] DateTimeOffset? MaybeUnix,
    DateTimeOffset Default);

public sealed record OptionalState(string Title, string? Subtitle, int? Rank, Courier? Courier);

public sealed record IdentityState(Guid OrderId, Uri TrackingUrl, byte[] Thumbnail);

public sealed record Stop(string Name, DateTimeOffset Arrival);

public sealed record RouteState(IReadOnlyList<Stop> Stops, int[] Legs, Dictionary<string, int> CountsByZone, Dictionary<string, Stop> StopsByCode);

public sealed record NumberState(double Speed, float Heading);

public sealed record TextState(string Text);

// A Swift enum with associated values, `enum Timer: Codable { case running(endTime: Date); case paused }`, encodes as
// {"running":{"endTime":...}} or {"paused":{}}: one nullable property per case, exactly one set.
public sealed record TimerCase
{
    public RunningTimer? Running { get; init; }

    public PausedTimer? Paused { get; init; }
}

public sealed record RunningTimer(DateTimeOffset EndTime);

public sealed record PausedTimer;

// Unlabeled payloads `case lap(Int, String)` are keyed _0, _1.
public sealed record LapPayload([property: JsonPropertyName("_0")] int Number, [property: JsonPropertyName("_1")] string Label);

public sealed record SessionState(TimerCase Timer, LapPayload? Lap);

// Two members with one raw value: Swift would not compile it; the encoder refuses to guess which one a raw value means.
public enum SharedRawValue
{
    [JsonStringEnumMemberName("same")]
    First,
    [JsonStringEnumMemberName("same")]
    Second,
}

public sealed record SharedRawValueState(SharedRawValue Value);
