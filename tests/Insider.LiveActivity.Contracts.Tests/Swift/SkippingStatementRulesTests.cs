// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// A statement the reader skips (an <c>import</c>, a macro such as <c>#Preview</c>, or a declaration it cannot understand,
/// which is reported once) ends at the end of its line, at <c>;</c>, or before the <c>}</c> that closes its type; bracketed
/// runs <c>( )</c>, <c>[ ]</c>, <c>{ }</c> spanning lines belong to it, so the next declaration is still read.
/// </summary>
public sealed class SkippingStatementRulesTests
{
    private static SwiftModule Read(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Statement.swift");
        return module;
    }

    private static string Problems(SwiftModule module) => string.Join(" | ", module.Problems.Select(p => $"{p.Path}: {p.Message}"));

    private static string[] Names(SwiftModule module, string type) => [.. module.TopLevel[type].Properties.Select(p => p.Name)];

    [Fact]
    public void Import_EndsAtASemicolon_AndTheDeclarationAfterItOnTheSameLineIsRead()
    {
        var module = Read("import Foundation; struct Order { var id: Int }");

        Problems(module).Should().BeEmpty();
        Names(module, "Order").Should().Equal("id");
    }

    [Fact]
    public void UnreadableDeclaration_EndsAtASemicolon_AndIsReportedOnce()
    {
        var module = Read("struct Order { foo bar; var id: Int }");

        Problems(module).Should().Be("Statement.swift:1: 'foo' (line 1) does not start a declaration the reader understands; the declaration was skipped");
        Names(module, "Order").Should().Equal("id");
    }

    [Fact]
    public void UnreadableDeclaration_EndsBeforeTheBraceClosingItsType_EvenOnTheSameLine()
    {
        var module = Read("""
            struct Order {
                var id: Int
                foo bar }
            struct After { var x: Int }
            """);

        Problems(module).Should().Be("Statement.swift:3: 'foo' (line 3) does not start a declaration the reader understands; the declaration was skipped");
        Names(module, "Order").Should().Equal("id");
        module.TopLevel.Keys.Should().Equal("Order", "After");
        module.TopLevel["Order"].NestedTypes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("foo(\n        1,\n        2\n    )")]
    [InlineData("foo = [\n        1,\n        2\n    ]")]
    [InlineData("foo {\n        bar()\n        baz()\n    }")]
    public void UnreadableDeclaration_WithABracketedRunSpanningLines_IsSkippedWhole_AndReportedOnce(string statement)
    {
        var module = Read($$"""
            struct Order {
                {{statement}}
                var id: Int
            }
            """);

        Problems(module).Should().Be("Statement.swift:2: 'foo' (line 2) does not start a declaration the reader understands; the declaration was skipped");
        Names(module, "Order").Should().Equal("id");
    }

    [Fact]
    public void PreviewMacro_WithArgumentsAndTrailingClosuresSpanningLines_IsSkippedWithoutAProblem()
    {
        var module = Read("""
            struct PizzaAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var eta: Int }
                var name: String
            }

            #Preview(
                "Notification",
                as: .content,
                using: PizzaAttributes(name: "Margherita")
            ) {
                PizzaLiveActivity()
            } contentStates: {
                PizzaAttributes.ContentState(eta: 5)
                PizzaAttributes.ContentState(eta: 10)
            }

            struct After { var x: Int }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel.Keys.Should().Equal("PizzaAttributes", "After");
        Names(module, "After").Should().Equal("x");
    }

    [Fact]
    public void PreviewMacro_WithOnlyATrailingClosureSpanningLines_IsSkippedWithoutAProblem()
    {
        var module = Read("""
            #Preview {
                let attributes = PizzaAttributes(name: "x")
                return attributes
            }
            struct After { var x: Int }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel.Keys.Should().Equal("After");
    }
}
