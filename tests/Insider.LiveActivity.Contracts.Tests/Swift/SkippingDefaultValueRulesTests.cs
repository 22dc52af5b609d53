// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// A property's default value is skipped: it ends at a top-level <c>,</c> (the next property of the same declaration), at
/// <c>;</c>, before the <c>}</c> closing the type, or at the end of its line unless the next line continues it (the line ends
/// with an operator or <c>,</c>, or the next line starts with one such as <c>.</c>; never a line starting with <c>-&gt;</c>).
/// Calls, array literals and closures spanning lines belong to the value, and an unbalanced <c>)</c> does not end it. An
/// enum case's associated-value default ends at <c>,</c> or at the <c>)</c> closing the list.
/// </summary>
public sealed class SkippingDefaultValueRulesTests
{
    private static SwiftModule Read(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Value.swift");
        return module;
    }

    private static string Problems(SwiftModule module) => string.Join(" | ", module.Problems.Select(p => $"{p.Path}: {p.Message}"));

    private static string[] Properties(SwiftModule module, string type) =>
        [.. module.TopLevel[type].Properties.Select(p => p.Type is null ? p.Name : $"{p.Name}: {p.Type}")];

    [Theory]
    [InlineData("var a = 1, b: String\n")]
    [InlineData("var a = [1, 2], b: String\n")]
    [InlineData("var a = Foo(x: 1, y: 2), b: String\n")]
    [InlineData("var a = Set<Int>(), b: String\n")]
    public void DefaultValue_EndsAtATopLevelComma_AndTheNextPropertyOfTheDeclarationIsRead(string declaration)
    {
        var module = Read($"struct S {{\n    {declaration}}}");

        Problems(module).Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
        module.TopLevel["S"].Properties[1].Type!.ToString().Should().Be("String");
    }

    [Fact]
    public void DefaultValue_EndsAtASemicolon_AndTheNextDeclarationOnTheLineIsRead()
    {
        var module = Read("struct S { var a = 1; var b: String }");

        Problems(module).Should().BeEmpty();
        Properties(module, "S").Should().Equal("a: Int", "b: String");
    }

    [Fact]
    public void DefaultValue_EndsBeforeTheBraceClosingItsType_OnTheSameLine()
    {
        var module = Read("struct S { var a = 1 }\nstruct After { var b: String }");

        Problems(module).Should().BeEmpty();
        module.TopLevel.Keys.Should().Equal("S", "After");
        Properties(module, "S").Should().Equal("a: Int");
        module.TopLevel["S"].NestedTypes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Foo(\n        x: 1,\n        y: 2\n    )")]
    [InlineData("[\n        \"a\",\n        \"b\"\n    ]")]
    [InlineData("{\n        let f = DateFormatter()\n        return f\n    }()")]
    [InlineData("Set<Int>(\n        [1, 2]\n    )")]
    public void DefaultValue_WithACallArrayOrClosureSpanningLines_IsSkippedWhole(string value)
    {
        var module = Read($$"""
            struct S {
                var a = {{value}}
                var b: String
            }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Theory]
    [InlineData("items\n        .filter { $0 > 1 }\n        .count")]
    [InlineData("1\n        + 2")]
    [InlineData("1 +\n        2")]
    [InlineData("flag ?\n        1 :\n        2")]
    [InlineData("flag\n        ? 1\n        : 2")]
    public void DefaultValue_ContinuesOnTheNextLine_WhenAnOperatorEndsOneLineOrStartsTheNext(string value)
    {
        var module = Read($$"""
            struct S {
                var a = {{value}}
                var b: String
            }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void DefaultValue_EndsAtTheEndOfItsLine_WhenTheNextLineStartsWithAnArrow()
    {
        var module = Read("""
            struct S {
                var a = 1
                -> Int
                var b: String
            }
            """);

        Problems(module).Should().Be("Value.swift:3: '->' (line 3) does not start a declaration the reader understands; the declaration was skipped");
        Properties(module, "S").Should().Equal("a: Int", "b: String");
    }

    [Fact]
    public void DefaultValue_ContainingAnUnbalancedClosingParenthesis_RunsToTheEndOfItsLine()
    {
        var module = Read("""
            struct S {
                var a = f(1)) + 2
                var b: String
            }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Theory]
    [InlineData("case running(endTime: Date = .now)", "running(endTime: Date)")]
    [InlineData("case running(endTime: Date = Date(timeIntervalSince1970: 0), laps: [Int] = [])", "running(endTime: Date, laps: [Int])")]
    [InlineData("case running(_ count: Int = (1 + 2))", "running(Int)")]
    public void AssociatedValueDefault_EndsAtTheClosingParenthesisOrComma(string declaration, string expected)
    {
        var module = Read($"enum Phase: Codable {{\n    {declaration}\n    case done\n}}");

        Problems(module).Should().BeEmpty();
        module.TopLevel["Phase"].Cases.Select(c => $"{c.Name}({string.Join(", ", c.AssociatedValues.Select(v => v.Label is null ? v.Type.ToString() : $"{v.Label}: {v.Type}"))})")
            .Should().Equal(expected, "done()");
    }

    [Fact]
    public void DefaultValue_RunningIntoTheEndOfTheFile_ReportsTheUnclosedType()
    {
        var module = Read("struct S {\n    var a: Int\n    var b = foo(\n        1,");

        Problems(module).Should().Be("Value.swift:1: 'S' is not closed with '}' before the end of the file");
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }
}
