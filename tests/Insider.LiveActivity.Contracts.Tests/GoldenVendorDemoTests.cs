// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests;

/// <summary>The vendor demo's three activity types (written as fixtures from the documented payloads) and their documented JSON.</summary>
public sealed class GoldenVendorDemoTests
{
    private static readonly SwiftContract Contract = SwiftContract.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "VendorDemo"));

    [Fact]
    public void Load_VendorDemo_FindsTheThreeTypesWithoutProblems()
    {
        Contract.Problems.Should().BeEmpty();
        Contract.ActivityTypes.Select(t => t.Name).Should().BeEquivalentTo("DeliveryActivityAttributes", "MatchActivityAttributes", "WorkoutActivityAttributes");
        Contract.FindActivityType("MatchActivityAttributes")!.Attributes.Select(f => f.Name).Should().Equal("homeTeam", "awayTeam");
    }

    [Theory]
    [InlineData("MatchActivityAttributes", """{"homeScore":0,"awayScore":3,"period":"half_time","minute":45}""")]
    [InlineData("DeliveryActivityAttributes", """{"status":"pickup","etaMinutes":45}""")]
    [InlineData("DeliveryActivityAttributes", """{"status":"in_transit","etaMinutes":30}""")]
    [InlineData("DeliveryActivityAttributes", """{"status":"out_for_delivery","etaMinutes":5}""")]
    [InlineData("WorkoutActivityAttributes", """{"phase":"warm_up","startedAt":800980200,"elapsedSeconds":0}""")]
    [InlineData("WorkoutActivityAttributes", """{"phase":"cool_down","startedAt":800980200.5,"elapsedSeconds":1800,"heartRate":120,"distanceKm":5.2}""")]
    public void Check_DocumentedContentState_IsCompatible(string activityType, string json)
    {
        var report = Contract.Check(activityType, Json.Object(json));

        report.IsCompatible.Should().BeTrue(report.ToString());
        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_DocumentedStartAttributes_WithoutTheVendorId_IsCompatible()
    {
        var report = Contract.Check("DeliveryActivityAttributes", Json.Object("""{"status":"pickup","etaMinutes":45}"""), Json.Object("""{"courierName":"John D."}"""));

        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_DateAsReferenceSeconds_Passes_IsoAndUnixAreFlagged()
    {
        var good = Contract.Check("WorkoutActivityAttributes", Json.Object("""{"phase":"active","startedAt":800980200,"elapsedSeconds":60}"""));
        var iso = Contract.Check("WorkoutActivityAttributes", Json.Object("""{"phase":"active","startedAt":"2026-05-20T14:30:00Z","elapsedSeconds":60}"""));
        var unix = Contract.Check("WorkoutActivityAttributes", Json.Object("""{"phase":"active","startedAt":1779287400,"elapsedSeconds":60}"""));

        good.IsCompatible.Should().BeTrue();
        iso.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state.startedAt" && p.Message.Contains("800980200"));
        unix.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state.startedAt" && p.Message.Contains("Unix seconds"));
        iso.IsCompatible.Should().BeFalse();
        unix.IsCompatible.Should().BeFalse();
    }

    [Fact]
    public void Check_LowerCamelActivityType_IsUnknownWithNearMiss()
    {
        var report = Contract.Check("deliveryActivityAttributes", Json.Object("""{"status":"pickup","etaMinutes":45}"""));

        report.Problems.Should().ContainSingle().Which.Message.Should().Contain("Did you mean \"DeliveryActivityAttributes\"?");
    }

    [Fact]
    public void Check_PascalCaseEnumValue_IsRejectedWithTheRawValue()
    {
        var report = Contract.Check("MatchActivityAttributes", Json.Object("""{"homeScore":0,"awayScore":3,"period":"HalfTime","minute":45}"""));

        report.Problems.Should().ContainSingle().Which.Message.Should().Contain("Did you mean \"half_time\"?");
    }
}
