// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// How the reader takes Swift string literals (raw values of <c>CodingKeys</c> and enums are string literals): escapes,
/// <c>\u{…}</c>, interpolation, multi-line and raw forms, and what an unterminated literal reports.
/// </summary>
public sealed class StringLiteralRulesTests
{
    private static string OnlyString(string source) =>
        SwiftLexer.Tokenize(source).Should().ContainSingle(t => t.Kind == SwiftTokenKind.String).Subject.Text;

    private static SwiftSyntaxException Failure(string source)
    {
        var act = () => SwiftLexer.Tokenize(source);
        return act.Should().Throw<SwiftSyntaxException>().Which;
    }

    private static ContractProblem ProblemOf(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Attributes.swift");
        return module.Problems.Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("\"a\\nb\"", "a\nb")]
    [InlineData("\"a\\tb\"", "a\tb")]
    [InlineData("\"a\\rb\"", "a\rb")]
    [InlineData("\"a\\0b\"", "a\0b")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"a\\'b\"", "a'b")]
    public void Escape_StandsForItsCharacter(string literal, string value) =>
        OnlyString("case k = " + literal).Should().Be(value);

    [Theory]
    [InlineData("\"\\u{41}\\u{e9}\"", "Aé")]
    [InlineData("\"\\u{1F600}!\"", "\U0001F600!")]
    public void UnicodeEscape_IsTheScalarWithThatHexCode_AndReadingGoesOnAfterTheBrace(string literal, string value) =>
        OnlyString("case k = " + literal + " }").Should().Be(value);

    [Theory]
    [InlineData("let a = \"\\u{zz}\" }")]
    [InlineData("let a = \"\\u{41\"")]
    public void UnicodeEscape_WithoutHexDigitsOrClosingBrace_IsMalformed(string source)
    {
        var failure = Failure("let x = 1\n" + source);

        failure.Message.Should().Contain("\\u{…} escape is malformed");
        failure.Line.Should().Be(2);
    }

    [Fact]
    public void Interpolation_KeepsItsSourceInTheText_WithNestedParenthesesAndStrings()
    {
        var tokens = SwiftLexer.Tokenize("let t = \"<\\(f(x) + g(\"a\"))>\" }");

        tokens.Where(t => t.Kind == SwiftTokenKind.String).Select(t => t.Text).Should().Equal("<\\(f(x) + g(\"a\"))>");
        tokens[^2].Text.Should().Be("}");
    }

    [Fact]
    public void Interpolation_SpanningLines_CountsItsNewlines()
    {
        var tokens = SwiftLexer.Tokenize("let t = \"\"\"\n\\(a +\n b +\n c)\n\"\"\"\nlet after");

        tokens.Single(t => t.Text == "after").Line.Should().Be(6);
    }

    [Fact]
    public void Interpolation_NestedUpTo32Levels_IsRead_AndDeeperIsAnError()
    {
        static string Nested(int levels) => levels == 0 ? "\"x\"" : "\"\\(" + Nested(levels - 1) + ")\"";

        SwiftLexer.Tokenize("let a = " + Nested(32)).Count(t => t.Kind == SwiftTokenKind.String).Should().Be(1);
        Failure("let a = " + Nested(33)).Message.Should().Contain("string interpolations nest deeper than 32 levels");
    }

    [Fact]
    public void Interpolation_DepthIsCountedPerNesting_NotPerLiteral()
    {
        var source = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"let a{i} = \"\\(b{i})\""));

        SwiftLexer.Tokenize(source).Count(t => t.Kind == SwiftTokenKind.String).Should().Be(40);
    }

    [Fact]
    public void Interpolation_NeverClosed_IsAnError()
    {
        Failure("let a = \"\\(f(1)").Message.Should().Contain("string interpolation \\( … ) is not closed");
    }

    [Fact]
    public void MultiLineString_TextStartsAfterTheOpeningTripleQuote()
    {
        OnlyString("let b = \"\"\"\n  { multi\n  \"\"\"\n").Trim().Should().Be("{ multi");
    }

    [Fact]
    public void MultiLineString_BackslashAtLineEnd_JoinsLines_AndStillCountsTheLine()
    {
        var tokens = SwiftLexer.Tokenize("let b = \"\"\"\nab\\\ncd\n\"\"\"\nlet after");

        tokens.Single(t => t.Kind == SwiftTokenKind.String).Text.Should().Be("\nabcd\n");
        tokens.Single(t => t.Text == "after").Line.Should().Be(5);
    }

    [Fact]
    public void RawString_TakesBackslashesLiterally_AndEscapesOnlyWithItsHashes()
    {
        OnlyString("case k = #\"a\\nb\\#tc\"#").Should().Be("a\\nb\tc");
    }

    [Fact]
    public void SingleLineString_NotClosedOnItsLine_IsReportedAtThatLine_AndTheFileIsNotRead()
    {
        var failure = Failure("let x = 1\nlet a = \"open\nlet b = \"closed\"");

        failure.Line.Should().Be(2);
        failure.Message.Should().Be("a string literal is not closed before the end of the line");
        ProblemOf("let x = 1\nlet a = \"open\nlet b = \"closed\"").Should().BeEquivalentTo(new
        {
            Path = "Attributes.swift:2",
            Kind = ContractProblemKind.UnreadableSwift,
            Message = "a string literal is not closed before the end of the line; the file was not read",
        });
    }

    [Fact]
    public void MultiLineString_NotClosedBeforeTheEnd_IsReportedAtTheLastLine()
    {
        var failure = Failure("let a = \"\"\"\none\ntwo");

        failure.Line.Should().Be(3);
        failure.Message.Should().Be("a string literal is not closed before the end of the file");
    }
}
