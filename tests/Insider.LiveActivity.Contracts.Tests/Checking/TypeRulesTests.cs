// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// The rules of swift-wire-format.md ("Values, type by type") for a C# member type against a Swift property type: what each
/// Swift type decodes, which C# types encode to it, and what the checker says when they do not agree.
/// </summary>
public sealed class TypeRulesTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public enum Numbered
    {
        One = 1,
    }

    [JsonConverter(typeof(JsonStringEnumConverter<Named>))]
    public enum Named
    {
        One,
    }

    public sealed record NoAttributes;

    public sealed record State<T>(T Value);

    /// <summary>The problems of the pair except <see cref="ContractProblemKind.NullForNonOptional"/>: a generic record's reference-type member has no nullability annotation, and nullability has rules of its own.</summary>
    private static List<ContractProblem> Check(string swiftType, Type csType)
    {
        var contract = SwiftContract.Parse($$"""
            typealias Minutes = Int
            typealias Ping = Pong
            typealias Pong = Ping
            struct RulesAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value: {{swiftType}} }
            }
            """);
        var check = typeof(SwiftContract).GetMethod(nameof(SwiftContract.Check), [typeof(string), typeof(JsonSerializerOptions)])!
            .MakeGenericMethod(typeof(NoAttributes), typeof(State<>).MakeGenericType(csType));
        var report = (ContractReport)check.Invoke(contract, ["RulesAttributes", Options])!;
        return report.Problems.Where(p => p.Kind != ContractProblemKind.NullForNonOptional).ToList();
    }

    public static TheoryData<string, Type> Compatible => new()
    {
        { "String", typeof(string) }, { "String", typeof(char) }, { "String", typeof(Guid) }, { "String", typeof(Uri) }, { "String", typeof(Named) },
        { "Int", typeof(int) }, { "Int", typeof(short) }, { "Int", typeof(byte) }, { "Int", typeof(Numbered) }, { "Int16", typeof(short) }, { "UInt8", typeof(byte) },
        { "Double", typeof(double) }, { "Double", typeof(decimal) }, { "Double", typeof(float) }, { "Double", typeof(int) },
        { "Bool", typeof(bool) },
        { "Data", typeof(byte[]) }, { "Data", typeof(ReadOnlyMemory<byte>) }, { "Data", typeof(Memory<byte>) },
        { "URL", typeof(string) }, { "URL", typeof(Uri) }, { "UUID", typeof(string) }, { "UUID", typeof(Guid) },
        { "[Int]", typeof(List<int>) }, { "Array<Int>", typeof(int[]) },
        { "[String: Int]", typeof(Dictionary<string, int>) }, { "Dictionary<String, Int>", typeof(Dictionary<string, int>) }, { "[Int: String]", typeof(Dictionary<int, string>) },
        { "Minutes", typeof(int) },
    };

    [Theory]
    [MemberData(nameof(Compatible))]
    public void Check_CSharpTypeThatEncodesToWhatSwiftDecodes_HasNoProblem(string swiftType, Type csType)
    {
        Check(swiftType, csType).Should().BeEmpty();
    }

    public static TheoryData<string, Type, string, string> Mismatches => new()
    {
        { "String", typeof(int), "content_state.value", "C# 'Int32' does not encode to what Swift 'String' decodes. Change the C# member type" },
        { "Int", typeof(string), "content_state.value", "does not encode to what Swift 'Int' decodes" },
        { "Int", typeof(bool), "content_state.value", "does not encode to what Swift 'Int' decodes" },
        { "Int", typeof(double), "content_state.value", "C# 'Double' can send fractions (3.5), which Swift 'Int' cannot decode. Use an integral C# type, or declare the Swift property 'Double'." },
        { "Double", typeof(string), "content_state.value", "does not encode to what Swift 'Double' decodes" },
        { "Bool", typeof(int), "content_state.value", "does not encode to what Swift 'Bool' decodes" },
        { "Data", typeof(string), "content_state.value", "does not encode to what Swift 'Data' decodes" },
        { "URL", typeof(Guid), "content_state.value", "does not encode to what Swift 'URL' decodes" },
        { "UUID", typeof(Uri), "content_state.value", "does not encode to what Swift 'UUID' decodes" },
        { "Minutes", typeof(string), "content_state.value", "does not encode to what Swift 'Int' decodes" },
        { "[Int]", typeof(int), "content_state.value", "is not encoded as a JSON array, which Swift '[Int]' needs" },
        { "Array<Int>", typeof(int), "content_state.value", "is not encoded as a JSON array" },
        { "[String]", typeof(List<int>), "content_state.value[]", "does not encode to what Swift 'String' decodes" },
        { "[String: Int]", typeof(List<int>), "content_state.value", "is not encoded as a JSON object of keys and values, which Swift '[String: Int]' needs" },
        { "Dictionary<String, Int>", typeof(int), "content_state.value", "is not encoded as a JSON object of keys and values" },
        { "[Int: String]", typeof(Dictionary<string, string>), "content_state.value", "Swift '[Int: String]' needs integer keys; C# keys are 'String'" },
        { "[String: String]", typeof(Dictionary<string, int>), "content_state.value[]", "does not encode to what Swift 'String' decodes" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Check_CSharpTypeThatDoesNotEncodeToTheSwiftType_IsAnErrorWithTheFix(string swiftType, Type csType, string path, string message)
    {
        var problem = Check(swiftType, csType).Should().ContainSingle().Subject;
        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path == path);
        problem.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("Int16", typeof(long), "(-32768…32767)")]
    [InlineData("Int16", typeof(ushort), "(-32768…32767)")]
    [InlineData("UInt8", typeof(sbyte), "(0…255)")]
    public void Check_CSharpIntegerWiderThanTheSwiftOne_IsAWarningNamingTheSwiftRange(string swiftType, Type csType, string range)
    {
        var problem = Check(swiftType, csType).Should().ContainSingle().Subject;
        problem.Severity.Should().Be(ContractSeverity.Warning);
        problem.Kind.Should().Be(ContractProblemKind.TypeMismatch);
        problem.Message.Should().Contain($"can hold values outside Swift '{swiftType}' {range}").And.Contain("Use a narrower C# type or a wider Swift type.");
    }

    [Theory]
    [InlineData("ClosedRange<Date>", typeof(DateTimeOffset[]))]
    [InlineData("Range<Int>", typeof(int[]))]
    public void Check_Range_CannotBePromisedByACSharpType_IsAWarningToSendLowerThenUpper(string swiftType, Type csType)
    {
        var problems = Check(swiftType, csType).Where(p => p.Kind == ContractProblemKind.Unverifiable).ToList();

        problems.Should().ContainSingle().Which.Message.Should().Contain("needs exactly two elements, lower first").And.Contain("Make sure the client sends [lower, upper].");
    }

    [Theory]
    [InlineData("Money", "is not declared in the sources given; it was not compared. Load the file that declares it.")]
    [InlineData("(Int, Int)", "(a tuple or function type) has no synthesized Codable form")]
    [InlineData("Box<Int>", "Swift type 'Box<Int>' is not declared in the sources given")]
    [InlineData("Either<Int, String>", "Swift type 'Either<Int, String>' is not declared in the sources given")]
    public void Check_SwiftTypeWithoutAKnownForm_IsAnUnverifiableWarningNotAGuess(string swiftType, string message)
    {
        var problem = Check(swiftType, typeof(int)).Should().ContainSingle().Subject;
        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.Unverifiable && p.Severity == ContractSeverity.Warning);
        problem.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_TypesNestedMoreThan32LevelsDeep_AreNotComparedBeyond(bool dictionaries)
    {
        static (string Swift, Type Cs) Nest(int levels, bool dictionaries)
        {
            var swift = "Int";
            var cs = typeof(int);
            for (var i = 0; i < levels; i++)
            {
                swift = dictionaries ? $"[String: {swift}]" : $"[{swift}]";
                cs = dictionaries ? typeof(Dictionary<,>).MakeGenericType(typeof(string), cs) : typeof(List<>).MakeGenericType(cs);
            }

            return (swift, cs);
        }

        // The member is level 1: 31 containers around an Int are 32 levels, the deepest compared.
        var (swift31, cs31) = Nest(31, dictionaries);
        var (swift32, cs32) = Nest(32, dictionaries);

        Check(swift31, cs31).Should().BeEmpty();
        Check(swift32, cs32).Should().ContainSingle().Which.Message.Should().Be("The types nest deeper than 32 levels; the rest was not compared.");
    }

    [Fact]
    public void Check_RangeOfACSharpTypeThatIsNoArray_IsAnErrorBesidesTheRangeWarning()
    {
        var problems = Check("Range<Int>", typeof(string));

        problems.Should().ContainSingle(p => p.Severity == ContractSeverity.Error).Which.Message.Should().Contain("C# 'String' is not encoded as a JSON array, which Swift 'Range<Int>' needs.");
    }

    [Fact]
    public void Check_AliasesThatNeverResolve_EndAtTheDepthLimitInsteadOfLooping()
    {
        Check("Ping", typeof(int)).Should().ContainSingle().Which.Kind.Should().Be(ContractProblemKind.Unverifiable);
    }
}
