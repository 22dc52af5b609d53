// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>The vendor demo's three activity types encode to the JSON its docs and its own Swift test pin, and decode back.</summary>
public sealed class DemoGoldenTests
{
    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_MatchState_IsTheDemoTestsWireFormat(string resolver)
    {
        var json = SwiftOptions.Encode(new MatchState(0, 3, MatchPeriod.HalfTime, 45), resolver);

        json.Should().Be("""{"homeScore":0,"awayScore":3,"period":"half_time","minute":45}""");
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Decode_DemoTestsWireFormat_IsTheMatchState(string resolver)
    {
        var state = SwiftOptions.Decode<MatchState>("""{"homeScore":0,"awayScore":3,"period":"half_time","minute":45}""", resolver);

        state.Should().Be(new MatchState(0, 3, MatchPeriod.HalfTime, 45));
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_DeliveryState_IsTheDocumentedUpdateSample(string resolver)
    {
        var json = SwiftOptions.Encode(new DeliveryState(DeliveryStatus.InTransit, 30), resolver);

        json.Should().Be("""{"status":"in_transit","etaMinutes":30}""");
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_DeliveryStartSample_IsTheDocumentedContent(string resolver)
    {
        var state = SwiftOptions.Encode(new DeliveryState(DeliveryStatus.Pickup, 45), resolver);
        var attributes = SwiftOptions.Encode(new DeliveryAttributes("John D."), resolver);

        state.Should().Be("""{"status":"pickup","etaMinutes":45}""");
        attributes.Should().Be("""{"courierName":"John D."}""");
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_WorkoutState_UsesCaseNamesAsRawValues(string resolver)
    {
        var json = SwiftOptions.Encode(new WorkoutState(WorkoutPhase.Cooldown, 1800, 320), resolver);

        json.Should().Be("""{"phase":"cooldown","elapsedSeconds":1800,"calories":320}""");
    }

    [Theory]
    [InlineData(DeliveryStatus.Pickup, "pickup")]
    [InlineData(DeliveryStatus.InTransit, "in_transit")]
    [InlineData(DeliveryStatus.OutForDelivery, "out_for_delivery")]
    [InlineData(DeliveryStatus.Delivered, "delivered")]
    public void Encode_EveryDeliveryStatus_IsItsSwiftRawValue_BothDirections(DeliveryStatus status, string rawValue)
    {
        foreach (var resolver in new[] { SwiftOptions.Reflection, SwiftOptions.SourceGenerated })
        {
            var json = SwiftOptions.Encode(new DeliveryState(status, 1), resolver);

            JsonAssert.Equivalent(json, $$"""{"status":"{{rawValue}}","etaMinutes":1}""");
            SwiftOptions.Decode<DeliveryState>(json, resolver).Status.Should().Be(status);
        }
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_TheIssuesExample_HasSwiftKeysRawValueAndReferenceDate(string resolver)
    {
        var eta = DateTimeOffset.Parse("2026-12-01T03:38:05.0035+00:00", System.Globalization.CultureInfo.InvariantCulture);

        var json = SwiftOptions.Encode(new IssueDeliveryState(DeliveryStatus.Pickup, 30, eta), resolver);

        json.Should().Be("""{"status":"pickup","etaMinutes":30,"eta":817789085.0035}""");
    }

    [Fact]
    public void GetActivityType_DemoTypes_AreTheSwiftTypeNames()
    {
        LiveActivityContentEncoding.GetActivityType<DeliveryAttributes>().Should().Be("DeliveryActivityAttributes");
        LiveActivityContentEncoding.GetActivityType<MatchAttributes>().Should().Be("MatchActivityAttributes");
        LiveActivityContentEncoding.GetActivityType(typeof(WorkoutActivityAttributes)).Should().Be("WorkoutActivityAttributes");
    }
}
