// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>Keys are lowerCamelCase property names unless renamed; enums are Swift raw values, never .NET ordinals.</summary>
public sealed class SwiftKeyAndEnumEncodingTests
{
    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_JsonPropertyName_WinsOverCamelCase_BothDirections(string resolver)
    {
        var json = SwiftOptions.Encode(new CodingKeysState(90, "Gate 4"), resolver);

        json.Should().Be("""{"countdown_end":90,"displayName":"Gate 4"}""");
        SwiftOptions.Decode<CodingKeysState>(json, resolver).Should().Be(new CodingKeysState(90, "Gate 4"));
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_Enums_AreRawValuesOfEachKind_BothDirections(string resolver)
    {
        var state = new EnumState(DeliveryStatus.InTransit, SymbolName.Paused, Priority.High, Courier.Bicycle, DeliveryStatus.OutForDelivery);

        var json = SwiftOptions.Encode(state, resolver);

        json.Should().Be("""{"status":"in_transit","symbol":"Paused by the coach","priority":10,"courier":"bike","previous":"out_for_delivery"}""");
        SwiftOptions.Decode<EnumState>(json, resolver).Should().Be(state);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_EnumWithoutRawValueName_IsTheMemberNameInLowerCamelCase(string resolver)
    {
        var json = SwiftOptions.Encode(new EnumState(DeliveryStatus.Pickup, SymbolName.Play, Priority.Low, Courier.OnFoot, null), resolver);

        json.Should().Be("""{"status":"pickup","symbol":"play.fill","priority":1,"courier":"onFoot"}""");
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_UndeclaredEnumValue_ThrowsValidationInsteadOfSendingTheOrdinal(string resolver)
    {
        var state = new EnumState((DeliveryStatus)42, SymbolName.Play, Priority.Low, Courier.OnFoot, null);

        var act = () => SwiftOptions.Encode(state, resolver);

        act.Should().Throw<LiveActivityValidationException>()
            .Where(e => e.ErrorCode == LiveActivityErrorCodes.ValidationFailed && e.Message.Contains("42") && e.Attempts == 0);
    }

    [Theory]
    [InlineData("""{"status":"InTransit","symbol":"play.fill","priority":1,"courier":"onFoot"}""")]
    [InlineData("""{"status":"in-transit","symbol":"play.fill","priority":1,"courier":"onFoot"}""")]
    [InlineData("""{"status":1,"symbol":"play.fill","priority":1,"courier":"onFoot"}""")]
    public void Decode_AnyOtherSpelling_IsRefusedAsSwiftDoes(string json)
    {
        foreach (var resolver in new[] { SwiftOptions.Reflection, SwiftOptions.SourceGenerated })
        {
            var act = () => SwiftOptions.Decode<EnumState>(json, resolver);

            act.Should().Throw<System.Text.Json.JsonException>();
        }
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_NullMembers_AreOmittedNeverSentAsNull(string resolver)
    {
        var json = SwiftOptions.Encode(new OptionalState("Order 12", null, null, null), resolver);

        json.Should().Be("""{"title":"Order 12"}""");
        SwiftOptions.Decode<OptionalState>(json, resolver).Should().Be(new OptionalState("Order 12", null, null, null));
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_OptionalMembersWithValues_AreSent(string resolver)
    {
        var state = new OptionalState("Order 12", "2 items", 3, Courier.Bicycle);

        var json = SwiftOptions.Encode(state, resolver);

        json.Should().Be("""{"title":"Order 12","subtitle":"2 items","rank":3,"courier":"bike"}""");
        SwiftOptions.Decode<OptionalState>(json, resolver).Should().Be(state);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Serialize_EachEnumMemberAlone_IsItsRawValue(string resolver)
    {
        // How a contract checker lists a C# enum's raw values: serialize each member with the same options.
        var options = SwiftOptions.For(resolver);

        var rawValues = Enum.GetValues<MatchPeriod>().Select(p => JsonSerializer.Serialize(p, options));

        rawValues.Should().Equal("\"first_half\"", "\"half_time\"", "\"second_half\"", "\"full_time\"");
        JsonSerializer.Serialize(Priority.High, options).Should().Be("10");
    }
}
