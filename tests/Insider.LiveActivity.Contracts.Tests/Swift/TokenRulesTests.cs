// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// How the reader splits Swift source into tokens outside string literals: punctuation and <c>-&gt;</c>, comments and the
/// lines they span, back-quoted and <c>$</c> identifiers, number literals with exponents.
/// </summary>
public sealed class TokenRulesTests
{
    private static string[] Texts(string source) =>
        SwiftLexer.Tokenize(source).Where(t => t.Kind != SwiftTokenKind.End).Select(t => t.Text).ToArray();

    [Fact]
    public void Arrow_IsOneTokenOnlyWhereAMinusIsFollowedByGreaterThan()
    {
        Texts("var a: Optional<[Int]> = -1").Should().Equal("var", "a", ":", "Optional", "<", "[", "Int", "]", ">", "=", "-", "1");
        Texts("() -> Void").Should().Equal("(", ")", "->", "Void");
    }

    [Fact]
    public void SlashAndStar_OutsideAComment_AreOrdinaryPunctuation()
    {
        Texts("let x = 6 / 3*a").Should().Equal("let", "x", "=", "6", "/", "3", "*", "a");
    }

    [Fact]
    public void BlockComment_SpanningLines_CountsThemAndStartsANewLine()
    {
        var tokens = SwiftLexer.Tokenize("a /* one\n two\n */ b");

        tokens[1].Text.Should().Be("b");
        tokens[1].Line.Should().Be(3);
        tokens[1].NewlineBefore.Should().BeTrue();
    }

    [Fact]
    public void BackQuotedIdentifier_IsTheNameInside_AndReadingGoesOn()
    {
        Texts("case `default`, `self` = 1").Should().Equal("case", "default", ",", "self", "=", "1");
    }

    [Fact]
    public void DollarIdentifier_IsOneIdentifier()
    {
        var tokens = SwiftLexer.Tokenize("$0 $value");

        tokens.Where(t => t.Kind == SwiftTokenKind.Identifier).Select(t => t.Text).Should().Equal("$0", "$value");
    }

    [Theory]
    [InlineData("1e-3")]
    [InlineData("1E+3")]
    [InlineData("2.5e3")]
    [InlineData("6.02E23")]
    public void DecimalExponent_WithItsSign_BelongsToTheNumber(string number)
    {
        Texts("x = " + number + ",").Should().Equal("x", "=", number, ",");
    }

    [Fact]
    public void HexDigitE_IsADigit_SoASignAfterItIsAnOperator()
    {
        Texts("x = 0x1E+1").Should().Equal("x", "=", "0x1E", "+", "1");
        Texts("x = 0xe-1").Should().Equal("x", "=", "0xe", "-", "1");
    }

    [Fact]
    public void ExponentWithoutDigits_AtTheEndOfTheFile_IsStillANumber()
    {
        Texts("x = 1e").Should().Equal("x", "=", "1e");
    }
}
