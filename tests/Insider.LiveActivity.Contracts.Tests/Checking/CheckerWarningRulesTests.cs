// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// What the checkers cannot verify is a warning that says why and what to do, never a guess (swift-wire-format.md: only
/// synthesized Codable has a known form): a property without a type the reader can infer, tuple and function types,
/// dictionaries whose keys are neither String nor Int, a hand-written <c>init(from:)</c>, a protocol; on the C# side also a
/// custom converter, an enum with associated values, and a C# type that can hold any value for a Swift enum.
/// </summary>
public sealed class CheckerWarningRulesTests
{
    private const string Declarations = """
        struct Custom: Codable, Hashable {
            var a: Int
            init(from decoder: Decoder) throws { a = 0 }
        }
        protocol Shape: Codable {}
        enum Mode: Codable, Hashable { case paused; case lap(Int) }
        enum Color: String, Codable, Hashable { case red, green }
        enum Level: Int, Codable, Hashable { case low = 1, high }
        struct Point: Codable, Hashable { var x: Int }
        """;

    public sealed record NoAttributes;

    public sealed record State<T>(T Value);

    public sealed record Point(int X);

    public sealed class PointConverter : JsonConverter<Point>
    {
        public override Point Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, Point value, JsonSerializerOptions options) => writer.WriteNumberValue(value.X);
    }

    [JsonConverter(typeof(BoxConverter))]
    public sealed record Box(int X);

    public sealed class BoxConverter : JsonConverter<Box>
    {
        public override Box Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, Box value, JsonSerializerOptions options) => writer.WriteNumberValue(value.X);
    }

    public sealed record ConvertedMember([property: JsonConverter(typeof(PointConverter))] Point Value);

    private static ContractProblem SinglePayloadWarning(string swiftType, string json)
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the checker's code to this test.
        var contract = SwiftContract.Parse($$"""
            {{Declarations}}
            struct WarnAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value{{swiftType}} }
            }
            """);
        var report = contract.Check("WarnAttributes", Json.Object($$"""{"value":{{json}}}"""));
        var problem = report.Problems.Should().ContainSingle(report.ToString()).Subject;
        problem.Severity.Should().Be(ContractSeverity.Warning);
        problem.Path.Should().Be("content_state.value");
        return problem;
    }

    private static ContractProblem SingleTypeWarning(string swiftType, Type stateType)
    {
        var contract = SwiftContract.Parse($$"""
            {{Declarations}}
            struct WarnAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value{{swiftType}} }
            }
            """);
        var report = (ContractReport)typeof(SwiftContract).GetMethod(nameof(SwiftContract.Check), [typeof(string), typeof(JsonSerializerOptions)])!
            .MakeGenericMethod(typeof(NoAttributes), stateType)
            .Invoke(contract, ["WarnAttributes", new JsonSerializerOptions(JsonSerializerDefaults.Web)])!;

        // A generic record's reference-type member has no nullability annotation; nullability has rules of its own.
        var problem = report.Problems.Where(p => p.Kind != ContractProblemKind.NullForNonOptional).Should().ContainSingle(report.ToString()).Subject;
        problem.Severity.Should().Be(ContractSeverity.Warning);
        problem.Path.Should().Be("content_state.value");
        return problem;
    }

    [Fact]
    public void Payload_PropertyWithoutAnInferableType_IsNotCheckedAndAsksForItsType()
    {
        var problem = SinglePayloadWarning(" = makeValue()", "5");

        problem.Kind.Should().Be(ContractProblemKind.Unverifiable);
        problem.Message.Should().Be("Swift 'value' has no type annotation the reader can infer; its value was not checked. Write its type in the declaration.");
    }

    [Fact]
    public void Type_PropertyWithoutAnInferableType_IsNotComparedAndAsksForItsType()
    {
        var problem = SingleTypeWarning(" = makeValue()", typeof(State<int>));

        problem.Kind.Should().Be(ContractProblemKind.Unverifiable);
        problem.Message.Should().Be("Swift 'value' has no type annotation the reader can infer; it was not compared. Write its type in the declaration.");
    }

    [Theory]
    [InlineData(": (Int, Int)", "[1,2]", "Swift '(Int, Int)' (a tuple or function type) has no synthesized Codable form; the value was not checked.")]
    [InlineData(": (Int) -> Int", "{}", "Swift '(Int) -> Int' (a tuple or function type) has no synthesized Codable form; the value was not checked.")]
    [InlineData(": [Double: Int]", "[1.5,2]", "Swift '[Double: Int]' has keys that are neither String nor Int; Swift encodes it as an array of alternating keys and values. The value was not checked.")]
    [InlineData(": Shape", "{}", "Swift 'Shape' is a protocol; the concrete type decides the shape, so the value was not checked.")]
    public void Payload_TypeWithoutASynthesizedForm_IsAnUnverifiableWarning(string declaration, string json, string message)
    {
        var problem = SinglePayloadWarning(declaration, json);

        problem.Kind.Should().Be(ContractProblemKind.Unverifiable);
        problem.Message.Should().Be(message);
    }

    [Fact]
    public void Payload_TypeWithAHandWrittenInitFrom_IsNotCheckedAndShouldBeTestedOnADevice()
    {
        var problem = SinglePayloadWarning(": Custom", """{"anything":"goes"}""");

        problem.Kind.Should().Be(ContractProblemKind.CustomCodable);
        problem.Message.Should().StartWith("Swift 'Custom' (").And.EndWith(
            ") decodes itself with a hand-written init(from:)/encode(to:); its shape cannot be checked from the declarations. Test it on a device.");
    }

    [Fact]
    public void Type_TypeWithAHandWrittenInitFrom_IsNotCompared()
    {
        var problem = SingleTypeWarning(": Custom", typeof(State<Point>));

        problem.Kind.Should().Be(ContractProblemKind.CustomCodable);
        problem.Message.Should().StartWith("Swift 'Custom' (").And.EndWith(") decodes itself with a hand-written init(from:)/encode(to:); its shape cannot be checked from the declarations.");
    }

    [Theory]
    [InlineData(": Shape", typeof(State<Point>), "C# 'Point' (for Swift 'Shape')")]
    [InlineData(": Point", typeof(ConvertedMember), "C# 'Point' (for Swift 'Point')")]
    [InlineData(": Point", typeof(State<Box>), "C# 'Box' (for Swift 'Point')")]
    public void Type_ProtocolOrCSharpConverter_HidesTheShapeAndIsNotCompared(string declaration, Type stateType, string subject)
    {
        var problem = SingleTypeWarning(declaration, stateType);

        problem.Kind.Should().Be(ContractProblemKind.Unverifiable);
        problem.Message.Should().Be($"{subject} is encoded by a custom converter or the Swift type is a protocol; its shape was not compared.");
    }

    [Fact]
    public void Type_EnumWithAssociatedValues_IsNotCompared()
    {
        var problem = SingleTypeWarning(": Mode", typeof(State<string>));

        problem.Kind.Should().Be(ContractProblemKind.Unverifiable);
        problem.Message.Should().Be("Swift enum 'Mode' has no raw type (cases with associated values, encoded as {\"case\":{…}}); the C# type was not compared.");
    }

    [Theory]
    [InlineData(": Color", typeof(State<string>), "C# 'String' can hold any value; Swift enum 'Color' accepts exactly: \"red\", \"green\". Prefer a C# enum so the values can be checked.")]
    [InlineData(": Level", typeof(State<int>), "C# 'Int32' can hold any value; Swift enum 'Level' accepts exactly: 1, 2. Prefer a C# enum so the values can be checked.")]
    public void Type_CSharpTypeThatCanHoldAnyRawValue_IsAWarningListingTheAcceptedValues(string declaration, Type stateType, string message)
    {
        var problem = SingleTypeWarning(declaration, stateType);

        problem.Kind.Should().Be(ContractProblemKind.Unverifiable);
        problem.Message.Should().Be(message);
    }
}
