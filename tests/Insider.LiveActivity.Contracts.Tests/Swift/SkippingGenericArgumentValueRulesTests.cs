// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// A default value that names a generic type with several arguments (<c>Dictionary&lt;String, Int&gt;()</c>) is one value:
/// the comma between the generic arguments does not end it, so no extra property is read and no problem is reported.
/// A <c>&lt;</c> opens generic arguments by Swift's rule: it follows a name, the tokens up to its matching <c>&gt;</c> can
/// be types, and the token after that <c>&gt;</c> is one of <c>( ) ] } : ; , . ? ! == !=</c> or the end of the line.
/// Otherwise it is the less-than operator, and the value ends at a top-level comma or the end of its line as before.
/// </summary>
public sealed class SkippingGenericArgumentValueRulesTests
{
    private static SwiftModule Read(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Value.swift");
        return module;
    }

    [Theory]
    [InlineData("var counts = Dictionary<String, Int>()")]
    [InlineData("var outcome = Result<Int, Error>.success(1)")]
    [InlineData("var lookup = [:] as Dictionary<String, Int>")]
    [InlineData("var nested = Dictionary<String, Array<Int>>()")]
    public void DefaultValue_WithACommaBetweenGenericArguments_IsOneValue(string declaration)
    {
        var module = Read($"struct S {{\n    {declaration}\n    var next: String\n}}");

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().HaveCount(2).And.EndWith("next");
    }

    [Theory]
    [InlineData("var ok = a < b", new[] { "ok", "next" })]
    [InlineData("var pair = (a < b, c > d)", new[] { "pair", "next" })]
    [InlineData("var ok = a < b, other = c > d", new[] { "ok", "other", "next" })]
    public void DefaultValue_WithALessThanComparison_KeepsItAsAnOperator(string declaration, string[] expected)
    {
        var module = Read($"struct S {{\n    {declaration}\n    var next: String\n}}");

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal(expected);
    }

    [Theory]
    [InlineData("case running(counts: [String: Int] = Dictionary<String, Int>(), laps: Int)", "running(counts: [String: Int], laps: Int)")]
    [InlineData("case running(flag: Bool = a < b, laps: Int)", "running(flag: Bool, laps: Int)")]
    public void AssociatedValueDefault_WithGenericArgumentsOrAComparison_EndsAtTheNextLabel(string declaration, string expected)
    {
        var module = Read($"enum Phase: Codable {{\n    {declaration}\n    case done\n}}");

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().BeEmpty();
        module.TopLevel["Phase"].Cases.Select(c => $"{c.Name}({string.Join(", ", c.AssociatedValues.Select(v => v.Label is null ? v.Type.ToString() : $"{v.Label}: {v.Type}"))})")
            .Should().Equal(expected, "done()");
    }
}
