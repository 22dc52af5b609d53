// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Tests.Content;

// C# mirrors of the vendor demo app's three activity types (useinsider/SwiftDemo, Shared/Sources/LiveActivitiesAttributes).
// The Swift attributes also hold `insiderLiveActivityId: InsiderLiveActivityIdentifier`, which the Insider SDK fills on the device;
// the backend sends only the app's own static fields (the documented /start sample sends {"courierName":"John D."}).

public enum DeliveryStatus
{
    Pickup,
    [JsonStringEnumMemberName("in_transit")]
    InTransit,
    [JsonStringEnumMemberName("out_for_delivery")]
    OutForDelivery,
    Delivered,
}

[LiveActivityType("DeliveryActivityAttributes")]
public sealed record DeliveryAttributes(string CourierName);

public sealed record DeliveryState(DeliveryStatus Status, int EtaMinutes);

public enum MatchPeriod
{
    [JsonStringEnumMemberName("first_half")]
    FirstHalf,
    [JsonStringEnumMemberName("half_time")]
    HalfTime,
    [JsonStringEnumMemberName("second_half")]
    SecondHalf,
    [JsonStringEnumMemberName("full_time")]
    FullTime,
}

[LiveActivityType("MatchActivityAttributes")]
public sealed record MatchAttributes(string HomeTeam, string AwayTeam);

public sealed record MatchState(int HomeScore, int AwayScore, MatchPeriod Period, int Minute);

public enum WorkoutPhase
{
    Warmup,
    Active,
    Paused,
    Cooldown,
    Finished,
}

// No [LiveActivityType]: the C# type's own name is the activity_type.
public sealed record WorkoutActivityAttributes(string WorkoutType);

public sealed record WorkoutState(WorkoutPhase Phase, int ElapsedSeconds, int Calories);
