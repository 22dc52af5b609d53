// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>A date is a number of seconds since 2001-01-01T00:00:00Z, unless one property opts into another form.</summary>
public sealed class SwiftDateEncodingTests
{
    private static readonly DateTimeOffset Eta = new(2026, 5, 20, 14, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_Date_IsSecondsSinceTheReferenceDate_BothDirections(string resolver)
    {
        var state = new DateState(Eta, new DateTime(2001, 1, 1, 0, 0, 1, DateTimeKind.Utc));

        var json = SwiftOptions.Encode(state, resolver);

        json.Should().Be("""{"eta":800980200,"placed":1}""");
        SwiftOptions.Decode<DateState>(json, resolver).Should().Be(state);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_DateWithOffsetAndFraction_IsTheSameInstantWithTheFractionKept(string resolver)
    {
        var eta = new DateTimeOffset(2026, 5, 20, 17, 30, 0, TimeSpan.FromHours(3)).AddTicks(35_000); // 3.5 ms

        var json = SwiftOptions.Encode(new DateState(eta, new DateTime(2026, 5, 20, 14, 30, 0, DateTimeKind.Utc)), resolver);

        json.Should().Be("""{"eta":800980200.0035,"placed":800980200}""");
        var back = SwiftOptions.Decode<DateState>(json, resolver).Eta;
        back.Should().Be(eta);
        back.Offset.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_LocalDateTime_IsConvertedToUtc(string resolver)
    {
        var local = new DateTime(2026, 5, 20, 14, 30, 0, DateTimeKind.Utc).ToLocalTime();

        var json = SwiftOptions.Encode(new DateState(Eta, local), resolver);

        json.Should().Be("""{"eta":800980200,"placed":800980200}""");
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_UnspecifiedDateTime_ThrowsValidation(string resolver)
    {
        var act = () => SwiftOptions.Encode(new DateState(Eta, new DateTime(2026, 5, 20, 14, 30, 0, DateTimeKind.Unspecified)), resolver);

        act.Should().Throw<LiveActivityValidationException>().Where(e => e.ErrorCode == LiveActivityErrorCodes.ValidationFailed && e.Message.Contains("Unspecified"));
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_OptionalDate_IsANumberOrOmitted(string resolver)
    {
        SwiftOptions.Encode(new OptionalDateState(Eta), resolver).Should().Be("""{"eta":800980200}""");
        SwiftOptions.Encode(new OptionalDateState(null), resolver).Should().Be("{}");
        SwiftOptions.Decode<OptionalDateState>("""{"eta":800980200}""", resolver).Eta.Should().Be(Eta);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_PerPropertyOptIn_UsesEachPropertysForm_BothDirections(string resolver)
    {
        var iso = new DateTime(2026, 5, 20, 14, 30, 0, DateTimeKind.Utc);
        var state = new OptInDateState(Eta, Eta.AddMilliseconds(250), iso, Eta, Eta);

        var json = SwiftOptions.Encode(state, resolver);

        json.Should().Be("""{"unixSeconds":1779287400,"unixMilliseconds":1779287400250,"iso":"2026-05-20T14:30:00Z","maybeUnix":1779287400,"default":800980200}""");
        SwiftOptions.Decode<OptInDateState>(json, resolver).Should().Be(state);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_Iso8601OptIn_TruncatesFractionalSecondsForFoundationsFormatter(string resolver)
    {
        var state = new OptInDateState(Eta, Eta, new DateTime(2026, 5, 20, 14, 30, 0, 999, DateTimeKind.Utc), null, Eta);

        var json = JsonDocument.Parse(SwiftOptions.Encode(state, resolver)).RootElement;

        json.GetProperty("iso").GetString().Should().Be("2026-05-20T14:30:00Z");
        json.TryGetProperty("maybeUnix", out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Options_DefaultDateConverter_IsRegisteredForBothDateTypes(string resolver)
    {
        var options = SwiftOptions.For(resolver);

        options.GetConverter(typeof(DateTimeOffset)).Should().BeOfType<LiveActivityDateTimeOffsetConverter>()
            .Which.Format.Should().Be(LiveActivityDateFormat.ReferenceDateSeconds);
        options.GetConverter(typeof(DateTime)).Should().BeOfType<LiveActivityDateTimeConverter>()
            .Which.Format.Should().Be(LiveActivityDateFormat.ReferenceDateSeconds);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Options_PerPropertyOptIn_IsThePropertysCustomConverter(string resolver)
    {
        var properties = SwiftOptions.For(resolver).GetTypeInfo(typeof(OptInDateState)).Properties.ToDictionary(p => p.Name);

        properties["unixSeconds"].CustomConverter.Should().BeOfType<LiveActivityDateTimeOffsetConverter>().Which.Format.Should().Be(LiveActivityDateFormat.UnixSeconds);
        properties["unixMilliseconds"].CustomConverter.Should().BeOfType<LiveActivityDateTimeOffsetConverter>().Which.Format.Should().Be(LiveActivityDateFormat.UnixMilliseconds);
        properties["iso"].CustomConverter.Should().BeOfType<LiveActivityDateTimeConverter>().Which.Format.Should().Be(LiveActivityDateFormat.Iso8601);
        properties["maybeUnix"].CustomConverter.Should().BeAssignableTo<ILiveActivityDateConverter>().Which.Format.Should().Be(LiveActivityDateFormat.UnixSeconds);
        properties["default"].CustomConverter.Should().BeNull();
    }

    [Fact]
    public void DateEncodingAttribute_OnANonDateProperty_Throws()
    {
        var act = () => new LiveActivityDateEncodingAttribute(LiveActivityDateFormat.UnixSeconds).CreateConverter(typeof(string));

        act.Should().Throw<InvalidOperationException>().WithMessage("*DateTimeOffset or DateTime*");
    }
}
