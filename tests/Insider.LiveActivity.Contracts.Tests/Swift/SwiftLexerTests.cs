// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

public sealed class SwiftLexerTests
{
    [Fact]
    public void Tokenize_CommentsWithBraces_Disappear()
    {
        var tokens = SwiftLexer.Tokenize("a /* { /* nested } */ } */ b // } {\nc");

        tokens.Select(t => t.Text).Should().Equal("a", "b", "c", string.Empty);
        tokens[2].NewlineBefore.Should().BeTrue();
        tokens[1].NewlineBefore.Should().BeFalse();
    }

    [Fact]
    public void Tokenize_StringWithBracesAndEscapes_IsOneStringToken()
    {
        var tokens = SwiftLexer.Tokenize("case a = \"{ \\\"quoted\\\" }\" }");

        tokens[3].Kind.Should().Be(SwiftTokenKind.String);
        tokens[3].Text.Should().Be("{ \"quoted\" }");
        tokens[4].Text.Should().Be("}");
    }

    [Fact]
    public void Tokenize_InterpolationWithNestedStringsAndParens_StaysInsideTheLiteral()
    {
        var tokens = SwiftLexer.Tokenize("var t: String { \"\\(f(\")\", g())) }\" }");

        tokens.Count(t => t.Kind == SwiftTokenKind.String).Should().Be(1);
        tokens.Count(t => t.Is("}")).Should().Be(1);
    }

    [Fact]
    public void Tokenize_RawAndMultiLineStrings_AreReadWhole()
    {
        var tokens = SwiftLexer.Tokenize("let a = #\"raw \"}\" here\"#\nlet b = \"\"\"\n  { multi\n  \"\"\"\nlet c");

        tokens.Where(t => t.Kind == SwiftTokenKind.String).Select(t => t.Text).Should().HaveCount(2);
        tokens.Where(t => t.Kind == SwiftTokenKind.String).First().Text.Should().Be("raw \"}\" here");
        tokens.Last(t => t.Text == "c").Line.Should().Be(5);
    }

    [Fact]
    public void Tokenize_AttributesDirectivesArrowsAndNumbers_AreDistinguished()
    {
        var tokens = SwiftLexer.Tokenize("@available(iOS 16.1, *) #if os(iOS) -> 1_000 0x1F 2.5e3 `default`");

        tokens[0].Should().Be(new SwiftToken(SwiftTokenKind.Attribute, "available", 1, true));
        tokens.Should().Contain(t => t.Kind == SwiftTokenKind.Directive && t.Text == "#if");
        tokens.Should().Contain(t => t.Text == "->");
        tokens.Where(t => t.Kind == SwiftTokenKind.Number).Select(t => t.Text).Should().Equal("16.1", "1000", "0x1F", "2.5e3");
        tokens.Should().Contain(t => t.Kind == SwiftTokenKind.Identifier && t.Text == "default");
    }

    [Fact]
    public void Tokenize_UnterminatedString_ThrowsSyntaxExceptionWithLine()
    {
        var act = () => SwiftLexer.Tokenize("let a = 1\nlet b = \"open");

        act.Should().Throw<SwiftSyntaxException>().Which.Line.Should().Be(2);
    }
}
