// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// C# types against declared Swift types (swift-wire-format.md): a Swift struct needs a C# type encoded as a JSON object; a
/// nullable C# reference (property or field) cannot fill a non-optional Swift property; a numeric C# enum must encode to the
/// Swift enum's Int raw values; a C# type of the other kind than the raw type is an error; generic C# types are named as in C#.
/// </summary>
public sealed class TypeDeclaredRulesTests
{
    public sealed record NoAttributes;

    public sealed record State<T>(T Value);

    public sealed record NullableName(string? Value);

    public sealed record NonNullableName(string Value);

    public sealed class NullableField
    {
        public string? Value;
    }

    public sealed class NonNullableField
    {
        public string Value = string.Empty;
    }

    public enum Levels
    {
        Low = 1,
        High = 2,
    }

    public enum LevelsOff
    {
        Low = 1,
        Top = 3,
    }

    [JsonConverter(typeof(JsonStringEnumConverter<Memberless>))]
    public enum Memberless
    {
    }

    private static List<ContractProblem> Check(string swiftType, Type stateType, bool includeFields = false)
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the checker's code to this test.
        var contract = SwiftContract.Parse($$"""
            enum Level: Int, Codable, Hashable { case low = 1, high }
            enum Color: String, Codable, Hashable { case red, green }
            struct Point: Codable, Hashable { var x: Int }
            struct DeclaredAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value: {{swiftType}} }
            }
            """);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { IncludeFields = includeFields };
        var report = (ContractReport)typeof(SwiftContract).GetMethod(nameof(SwiftContract.Check), [typeof(string), typeof(JsonSerializerOptions)])!
            .MakeGenericMethod(typeof(NoAttributes), stateType)
            .Invoke(contract, ["DeclaredAttributes", options])!;
        return report.Problems.ToList();
    }

    /// <summary>The problems of a <see cref="State{T}"/>, except nullability (a generic record's member has no annotation).</summary>
    private static List<ContractProblem> CheckValue(string swiftType, Type csType) =>
        Check(swiftType, typeof(State<>).MakeGenericType(csType)).Where(p => p.Kind != ContractProblemKind.NullForNonOptional).ToList();

    [Fact]
    public void Check_CSharpCollectionForASwiftStruct_IsAnErrorNamingItsEncoding()
    {
        var problem = CheckValue("Point", typeof(List<int>)).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path == "content_state.value");
        problem.Message.Should().Be("C# 'List<Int32>' is not encoded as a JSON object (its contract kind is Enumerable), but the Swift type is a struct.");
    }

    [Fact]
    public void Check_GenericCSharpType_IsNamedWithItsTypeArguments()
    {
        CheckValue("Int", typeof(Dictionary<string, int>)).Should().ContainSingle().Which.Message
            .Should().StartWith("C# 'Dictionary<String, Int32>' does not encode to what Swift 'Int' decodes.");
    }

    [Theory]
    [InlineData(typeof(NullableName), false, "NullableName.Value")]
    [InlineData(typeof(NullableField), true, "NullableField.Value")]
    public void Check_NullableCSharpReferenceForANonOptionalSwiftProperty_IsAnError(Type stateType, bool includeFields, string member)
    {
        var problem = Check("String", stateType, includeFields).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.NullForNonOptional && p.Severity == ContractSeverity.Error && p.Path == "content_state.value");
        problem.Message.Should().StartWith($"C# '{member}' is nullable, but Swift 'value: String' is not optional");
    }

    [Theory]
    [InlineData(typeof(NonNullableName), false)]
    [InlineData(typeof(NonNullableField), true)]
    public void Check_NonNullableCSharpReferenceForANonOptionalSwiftProperty_HasNoProblem(Type stateType, bool includeFields)
    {
        Check("String", stateType, includeFields).Should().BeEmpty();
    }

    [Fact]
    public void Check_NumericCSharpEnumWithTheSwiftIntRawValues_HasNoProblem()
    {
        CheckValue("Level", typeof(Levels)).Should().BeEmpty();
    }

    [Fact]
    public void Check_NumericCSharpEnumMemberThatIsNoSwiftRawValue_IsAnErrorListingTheAccepted()
    {
        var problem = CheckValue("Level", typeof(LevelsOff)).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.InvalidEnumValue && p.Severity == ContractSeverity.Error);
        problem.Message.Should().StartWith("C# LevelsOff.Top is encoded as 3, which is not a raw value of Swift enum 'Level' (accepted, case-sensitive: 1, 2).");
    }

    [Theory]
    [InlineData("Color", typeof(int))]
    [InlineData("Color", typeof(bool))]
    [InlineData("Level", typeof(string))]
    [InlineData("Level", typeof(double))]
    public void Check_CSharpTypeOfAnotherKindThanTheRawType_IsAnError(string swiftType, Type csType)
    {
        var problem = CheckValue(swiftType, csType).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error);
        problem.Message.Should().Contain($"does not encode to what Swift '{swiftType}' decodes");
    }

    [Fact]
    public void Check_CSharpEnumWithoutMembersForASwiftString_IsAnError()
    {
        // With no member to name, its only value (0) is written as the number 0 even by a string-enum converter.
        JsonSerializer.Serialize(default(Memberless)).Should().Be("0");

        var problem = CheckValue("String", typeof(Memberless)).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error);
        problem.Message.Should().StartWith("C# 'Memberless' does not encode to what Swift 'String' decodes.");
    }
}
