// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// How the reader reads enum cases: a raw value is kept exactly as its literal is written (a leading minus included) and
/// marked as a string only when it is a string literal; a case without one has no raw value and is not a string; a raw
/// value that is not a literal is reported with the case's name. Associated values keep their argument label (none for
/// <c>_</c> or no label; the first of two names), may have default values, may be an empty list, may be any type
/// (dictionaries too), and must be separated by commas.
/// </summary>
public sealed class DeclarationEnumCaseRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "File.swift");
        return module;
    }

    private static List<SwiftEnumCase> Cases(string cases)
    {
        var module = Read("enum Status {\n" + cases + "\n}");
        module.Problems.Should().BeEmpty();
        return module.TopLevel["Status"].Cases;
    }

    private static string Values(SwiftEnumCase enumCase) =>
        string.Join(", ", enumCase.AssociatedValues.Select(v => v.Label is null ? v.Type.ToString() : v.Label + ": " + v.Type));

    [Fact]
    public void Case_WithoutRawValue_HasNoRawValue_AndIsNotAString()
    {
        var cases = Cases("    case idle, running\n    case done");

        cases.Select(c => c.Name).Should().Equal("idle", "running", "done");
        cases.Should().OnlyContain(c => c.RawValue == null && !c.RawValueIsString && c.AssociatedValues.Count == 0);
    }

    [Theory]
    [InlineData("case a = \"in_transit\"", "in_transit", true)]
    [InlineData("case a = \"play.fill\"", "play.fill", true)]
    [InlineData("case a = 3", "3", false)]
    [InlineData("case a = 2.5", "2.5", false)]
    [InlineData("case a = -1", "-1", false)]
    [InlineData("case a = -0.5", "-0.5", false)]
    [InlineData("case a = true", "true", false)]
    [InlineData("case a = false", "false", false)]
    public void RawValue_IsKeptAsWritten_AndIsAStringOnlyForAStringLiteral(string declaration, string raw, bool isString)
    {
        var enumCase = Cases("    " + declaration).Single();

        enumCase.RawValue.Should().Be(raw);
        enumCase.RawValueIsString.Should().Be(isString);
    }

    [Fact]
    public void NegativeRawValues_InOneDeclaration_EachKeepTheirSign()
    {
        var cases = Cases("    case below = -1, zero = 0, above = 1");

        cases.Select(c => c.RawValue).Should().Equal("-1", "0", "1");
    }

    [Theory]
    [InlineData("case low = minimum")]
    [InlineData("case low = Self.minimum")]
    [InlineData("case low = (1)")]
    public void RawValue_ThatIsNotALiteral_IsReportedWithTheCaseName(string declaration)
    {
        var module = Read("enum Level: Int {\n    case first = 1\n    " + declaration + "\n    case last = 3\n}");

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().Equal(
            "File.swift:3: the raw value of case 'low' is not a literal; the declaration was skipped");
        module.TopLevel["Level"].Cases.Select(c => c.Name).Should().Equal("first", "last");
    }

    [Fact]
    public void AssociatedValues_KeepTheirLabels_AndUnlabelledOnesHaveNone()
    {
        var cases = Cases("""
                case running(endTime: Date)
                case lap(Int, String)
                case mixed(Int, name: String)
            """);

        cases.Select(Values).Should().Equal("endTime: Date", "Int, String", "Int, name: String");
    }

    [Fact]
    public void AssociatedValue_LabelledUnderscore_HasNoLabel()
    {
        var enumCase = Cases("    case lap(_: Int)").Single();

        enumCase.AssociatedValues.Should().ContainSingle().Which.Label.Should().BeNull();
        Values(enumCase).Should().Be("Int");
    }

    [Fact]
    public void AssociatedValue_WithTwoNames_IsLabelledByTheFirst_AndUnderscoreMeansNoLabel()
    {
        var enumCase = Cases("    case move(from start: Int, _ count: Int, to end: [String])").Single();

        Values(enumCase).Should().Be("from: Int, Int, to: [String]");
        enumCase.AssociatedValues[1].Label.Should().BeNull();
    }

    [Fact]
    public void AssociatedValues_WithDefaultValues_AreRead()
    {
        var cases = Cases("""
                case retry(after: Int = 5, reason: String = "timeout")
                case wait(seconds: Double = (1 + 2) * 3)
                case done
            """);

        cases.Select(Values).Should().Equal("after: Int, reason: String", "seconds: Double", string.Empty);
    }

    [Fact]
    public void AssociatedValue_ThatIsADictionary_IsATypeNotALabel()
    {
        var enumCase = Cases("    case scores([String: Int])").Single();

        Values(enumCase).Should().Be("[String: Int]");
    }

    [Fact]
    public void EmptyAssociatedValueList_DeclaresNoValues()
    {
        var cases = Cases("    case reset()\n    case done");

        cases.Select(c => c.Name).Should().Equal("reset", "done");
        cases[0].AssociatedValues.Should().BeEmpty();
    }

    [Fact]
    public void AssociatedValues_WithoutACommaBetweenThem_AreReported()
    {
        var module = Read("enum Status {\n    case first\n    case broken(Int String)\n    case last\n}");

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().Equal(
            "File.swift:3: expected ')' but found 'String' (line 3); the declaration was skipped");
        module.TopLevel["Status"].Cases.Select(c => c.Name).Should().Equal("first", "last");
    }
}
