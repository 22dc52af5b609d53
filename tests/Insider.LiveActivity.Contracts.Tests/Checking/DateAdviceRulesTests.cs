// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// Swift's default <c>Date</c> is seconds since 2001-01-01T00:00:00Z (swift-wire-format.md). A payload number from
/// 1,500,000,000 (2048) is taken for Unix seconds and from 100,000,000,000 for Unix milliseconds, each with the number to send
/// instead (to the millisecond); a date more than 10^10 seconds away is not written as a date. A C# date type is probed through
/// its converter: a plain C# number is a warning, a non-number an error, another unit is named when the sample matches it.
/// </summary>
public sealed class DateAdviceRulesTests
{
    public sealed record NoAttributes;

    public sealed record State<T>(T Value);

    /// <summary>Writes a date with the given function, to probe each encoding the checker tells apart.</summary>
    private sealed class WriterConverter(Action<Utf8JsonWriter, DateTimeOffset> write) : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => write(writer, value);
    }

    private static List<ContractProblem> CheckPayload(string number)
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the checker's code to this test.
        var contract = SwiftContract.Parse("""
            struct DateAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var at: Date }
            }
            """);
        return contract.Check("DateAttributes", new JsonObject { ["at"] = JsonNode.Parse(number) }).Problems.ToList();
    }

    private static List<ContractProblem> CheckType(Type csType, JsonConverter? converter = null)
    {
        var contract = SwiftContract.Parse("""
            struct DateAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value: Date }
            }
            """);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        if (converter is not null)
        {
            options.Converters.Add(converter);
        }

        var report = (ContractReport)typeof(SwiftContract).GetMethod(nameof(SwiftContract.Check), [typeof(string), typeof(JsonSerializerOptions)])!
            .MakeGenericMethod(typeof(NoAttributes), typeof(State<>).MakeGenericType(csType))
            .Invoke(contract, ["DateAttributes", options])!;
        return report.Problems.Where(p => p.Kind != ContractProblemKind.NullForNonOptional).ToList();
    }

    [Theory]
    [InlineData("1779287400000", "1779287400000 looks like Unix milliseconds (since 1970); the device would read it as a date thousands of years away. Send seconds since 2001-01-01T00:00:00Z instead: 800980200.")]
    [InlineData("1779287400123", "1779287400123 looks like Unix milliseconds (since 1970); the device would read it as a date thousands of years away. Send seconds since 2001-01-01T00:00:00Z instead: 800980200.123.")]
    [InlineData("100000000000", "100000000000 looks like Unix milliseconds (since 1970); the device would read it as a date thousands of years away. Send seconds since 2001-01-01T00:00:00Z instead: -878307200.")]
    [InlineData("99999999999", "99999999999 looks like Unix seconds (since 1970); the device would read it as a date thousands of years away, 31 years late. Send seconds since 2001-01-01T00:00:00Z instead: 99021692799.")]
    [InlineData("1500000000", "1500000000 looks like Unix seconds (since 1970); the device would read it as 2048-07-14T02:40:00Z, 31 years late. Send seconds since 2001-01-01T00:00:00Z instead: 521692800.")]
    [InlineData("9999999999", "9999999999 looks like Unix seconds (since 1970); the device would read it as 2317-11-21T17:46:39Z, 31 years late. Send seconds since 2001-01-01T00:00:00Z instead: 9021692799.")]
    [InlineData("10000000000", "10000000000 looks like Unix seconds (since 1970); the device would read it as a date thousands of years away, 31 years late. Send seconds since 2001-01-01T00:00:00Z instead: 9021692800.")]
    public void Payload_DateInUnixSecondsOrMilliseconds_SaysTheUnitAndTheNumberToSend(string number, string advice)
    {
        var problem = CheckPayload(number).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path == "content_state.at");
        problem.Message.Should().Be("Swift 'Date' counts seconds since 2001-01-01T00:00:00Z. " + advice);
    }

    [Theory]
    [InlineData("1499999999")]
    [InlineData("800980200")]
    [InlineData("-800980200")]
    public void Payload_DateBelowTheUnixSecondsThreshold_IsAcceptedAsReferenceSeconds(string number)
    {
        CheckPayload(number).Should().BeEmpty();
    }

    [Theory]
    [InlineData(typeof(long), "Int64")]
    [InlineData(typeof(double), "Double")]
    public void Type_PlainCSharpNumberForADate_IsAWarningToCountSecondsSince2001(Type csType, string name)
    {
        var problem = CheckType(csType).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.Unverifiable && p.Severity == ContractSeverity.Warning && p.Path == "content_state.value");
        problem.Message.Should().Be($"C# '{name}' is a plain number for a Swift 'Date': make sure it counts seconds since 2001-01-01T00:00:00Z (not since 1970, not milliseconds).");
    }

    [Fact]
    public void Type_CSharpDateTimeWithDefaultEncoding_IsAnIsoStringError()
    {
        var problem = CheckType(typeof(DateTime)).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error);
        problem.Message.Should().StartWith("C# 'DateTime' is encoded as the string \"2026-05-20T14:30:00Z\", but the device decodes a Swift 'Date' from a number.")
            .And.EndWith("with a JsonConverter<DateTime>.");
    }

    [Fact]
    public void Type_CSharpTypeThatIsNoDateNorNumber_IsAnError()
    {
        CheckType(typeof(string)).Should().ContainSingle().Which.Message.Should().StartWith("C# 'String' does not encode to what Swift 'Date' decodes.");
    }

    [Fact]
    public void Type_DateConverterWritingNoNumber_IsAnErrorShowingWhatItWrites()
    {
        var problem = CheckType(typeof(DateTimeOffset), new WriterConverter((w, _) => w.WriteBooleanValue(true))).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error);
        problem.Message.Should().Be(
            "C# 'DateTimeOffset' is encoded as true, but the device decodes a Swift 'Date' from a number. " +
            "Encode dates as seconds since 2001-01-01T00:00:00Z (2026-05-20T14:30:00Z → 800980200) with a JsonConverter<DateTimeOffset>.");
    }

    public static TheoryData<double, string> Units => new()
    {
        { 0, "Unix seconds (since 1970)" },
        { 0.5, "Unix seconds (since 1970)" },
        { 1, "an unknown unit" },
        { -1, "an unknown unit" },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void Type_DateConverterInUnixSeconds_IsNamedOnlyWithinASecond(double offset, string unit)
    {
        var problem = CheckType(typeof(DateTimeOffset), new WriterConverter((w, d) => w.WriteNumberValue(d.ToUnixTimeSeconds() + offset))).Should().ContainSingle().Subject;

        problem.Message.Should().StartWith($"C# 'DateTimeOffset' is encoded in {unit} (2026-05-20T14:30:00Z → ");
    }

    [Theory]
    [InlineData(0, "Unix milliseconds")]
    [InlineData(999, "Unix milliseconds")]
    [InlineData(-999, "Unix milliseconds")]
    [InlineData(1000, "an unknown unit")]
    [InlineData(-1000, "an unknown unit")]
    public void Type_DateConverterInUnixMilliseconds_IsNamedOnlyWithinASecond(long offset, string unit)
    {
        var problem = CheckType(typeof(DateTimeOffset), new WriterConverter((w, d) => w.WriteNumberValue(d.ToUnixTimeMilliseconds() + offset))).Should().ContainSingle().Subject;

        problem.Message.Should().StartWith($"C# 'DateTimeOffset' is encoded in {unit} (2026-05-20T14:30:00Z → {1779287400000 + offset}); the device would read a date thousands of years away.");
    }

    [Theory]
    [InlineData(-9999999999, "1684-02-11T06:13:21Z")]
    [InlineData(-10000000000, "a date thousands of years away")]
    public void Type_DateFarBeforeTheReferenceDate_IsWrittenAsADateOnlyWithin10To10Seconds(double written, string read)
    {
        var problem = CheckType(typeof(DateTimeOffset), new WriterConverter((w, _) => w.WriteNumberValue(written))).Should().ContainSingle().Subject;

        problem.Message.Should().Contain($"; the device would read {read}. ");
    }
}
