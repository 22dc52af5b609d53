// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Contracts.Tests.Client;

/// <summary>
/// The one-line contract test a customer writes: the C# pair, encoded exactly as <c>ForActivity&lt;TAttributes, TState&gt;()</c>
/// encodes it, against the app's Swift source.
/// </summary>
public sealed class ClientEncodingCheckTests
{
    private static readonly SwiftContract Contract = SwiftContract.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "VendorDemo"));

    public enum DeliveryStatus
    {
        Preparing,
        Pickup,
        [JsonStringEnumMemberName("in_transit")]
        InTransit,
        [JsonStringEnumMemberName("out_for_delivery")]
        OutForDelivery,
        Delivered,
    }

    public enum DeliveryStatusWithoutRawValues
    {
        Preparing,
        InTransit,
    }

    public enum WorkoutPhase
    {
        [JsonStringEnumMemberName("warm_up")]
        WarmUp,
        Active,
        [JsonStringEnumMemberName("cool_down")]
        CoolDown,
    }

    [Fact]
    public void Check_MatchingDeliveryPair_IsCompatible()
    {
        var report = Contract.Check<DeliveryAttributes, DeliveryState>();

        report.IsCompatible.Should().BeTrue(report.ToString());
        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_WorkoutPairWithDateAndOptionals_IsCompatible()
    {
        var report = Contract.Check<WorkoutAttributes, WorkoutState>();

        report.IsCompatible.Should().BeTrue(report.ToString());
    }

    [Fact]
    public void Check_EnumWithoutSwiftRawValues_ReportsTheEnumValue()
    {
        var report = Contract.Check<DeliveryAttributes, StateWithCaseNames>();

        report.IsCompatible.Should().BeFalse();
        report.Problems.Should().Contain(p => p.Kind == ContractProblemKind.InvalidEnumValue && p.Message.Contains("inTransit", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnixSecondsDateOptIn_ReportsTheDateMismatch()
    {
        var report = Contract.Check<WorkoutAttributes, WorkoutStateWithUnixDate>();

        report.IsCompatible.Should().BeFalse();
        report.Problems.Should().Contain(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path.Contains("startedAt", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AttributesTypeWithoutActivityTypeAttribute_UsesItsTypeNameAndSaysItIsUnknown()
    {
        var report = Contract.Check<DeliveryActivity, DeliveryState>();

        report.IsCompatible.Should().BeFalse();
        report.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.UnknownActivityType)
            .Which.Message.Should().Contain("DeliveryActivity");
    }

    [Fact]
    public void Check_WithTheHandlesOptions_UsesThoseOptions()
    {
        var options = LiveActivityContentEncoding.CreateOptions(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());

        var report = Contract.Check<DeliveryAttributes, DeliveryState>(options);

        report.IsCompatible.Should().BeTrue(report.ToString());
    }

    [LiveActivityType("DeliveryActivityAttributes")]
    public sealed record DeliveryAttributes(string CourierName);

    public sealed record DeliveryActivity(string CourierName);

    public sealed record DeliveryState(DeliveryStatus Status, int EtaMinutes);

    public sealed record StateWithCaseNames(DeliveryStatusWithoutRawValues Status, int EtaMinutes);

    [LiveActivityType("WorkoutActivityAttributes")]
    public sealed record WorkoutAttributes(string WorkoutName);

    public sealed record WorkoutState(WorkoutPhase Phase, DateTimeOffset StartedAt, int ElapsedSeconds, int? HeartRate, double? DistanceKm);

    public sealed record WorkoutStateWithUnixDate(
        WorkoutPhase Phase,
        [property: LiveActivityDateEncoding(LiveActivityDateFormat.UnixSeconds)] DateTimeOffset StartedAt,
        int ElapsedSeconds);
}
