// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Which words start a declaration: <c>deinit</c>, <c>subscript</c>, <c>associatedtype</c>, <c>operator</c>,
/// <c>precedencegroup</c> and <c>macro</c> are skipped silently with whatever follows them; any other word, a
/// <c>case</c> outside an enum, and any token that is not a word (a quoted keyword included) are reported as
/// "… does not start a declaration the reader understands" at their line, and reading goes on after them.
/// </summary>
public sealed class DeclarationKeywordRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "File.swift");
        return module;
    }

    private static string[] Problems(SwiftModule module) => module.Problems.Select(p => $"{p.Path}: {p.Message}").ToArray();

    [Theory]
    [InlineData("final class Cache {\n    var a: Int\n    deinit { print(\"bye\") }\n    var b: Int\n}")]
    [InlineData("struct Grid {\n    var a: Int\n    subscript(row: Int, column: Int) -> Int { row * column }\n    var b: Int\n}")]
    [InlineData("struct Grid {\n    var a: Int\n    subscript(index: Int) -> Int {\n        get { index }\n        set { }\n    }\n    var b: Int\n}")]
    [InlineData("protocol Feed {\n    var a: Int { get }\n    associatedtype Item: Codable\n    var b: Int { get }\n}")]
    public void SkippedMemberKeyword_InAType_IsSkippedWithItsBody_AndTheNextMemberIsRead(string swift)
    {
        var module = Read(swift);

        Problems(module).Should().BeEmpty();
        module.TopLevel.Values.Single().Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Theory]
    [InlineData("prefix operator +++")]
    [InlineData("infix operator <=> : ComparisonPrecedence")]
    [InlineData("precedencegroup PowerPrecedence {\n    higherThan: MultiplicationPrecedence\n    associativity: right\n}")]
    [InlineData("@freestanding(expression)\nmacro stringify<T>(_ value: T) -> (T, String) = #externalMacro(module: \"Macros\", type: \"StringifyMacro\")")]
    public void SkippedTopLevelKeyword_IsSkipped_AndTheNextDeclarationIsRead(string declaration)
    {
        var module = Read(declaration + "\nstruct After { var b: Int }");

        Problems(module).Should().BeEmpty();
        module.TopLevel.Keys.Should().Equal("After");
        module.TopLevel["After"].Properties.Select(p => p.Name).Should().Equal("b");
    }

    [Fact]
    public void UnknownWord_InATypeBody_IsReportedAtItsLine_AndTheRestIsRead()
    {
        var module = Read("""
            struct Counter {
                var a: Int
                print("hi")
                var b: Int
            }
            """);

        Problems(module).Should().Equal("File.swift:3: 'print' (line 3) does not start a declaration the reader understands; the declaration was skipped");
        module.TopLevel["Counter"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void Case_OutsideAnEnum_IsReportedAsNotADeclaration()
    {
        var module = Read("""
            struct Counter {
                case a
                var b: Int
            }
            """);

        Problems(module).Should().Equal("File.swift:2: 'case' (line 2) does not start a declaration the reader understands; the declaration was skipped");
        module.TopLevel["Counter"].Properties.Select(p => p.Name).Should().Equal("b");
        module.TopLevel["Counter"].Cases.Should().BeEmpty();
    }

    [Fact]
    public void Punctuation_WhereADeclarationIsExpected_IsReportedAtItsLine()
    {
        var module = Read("""
            struct Counter {
                var a: Int
                ) 5
                var b: Int
            }
            """);

        Problems(module).Should().Equal("File.swift:3: ')' (line 3) does not start a declaration the reader understands; the declaration was skipped");
        module.TopLevel["Counter"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void QuotedKeyword_IsAStringLiteral_NotADeclaration()
    {
        var module = Read("""
            "struct" Fake { var a: Int }
            struct Real { var b: Int }
            """);

        Problems(module).Should().Equal("File.swift:1: 'struct' (line 1) does not start a declaration the reader understands; the declaration was skipped");
        module.TopLevel.Keys.Should().Equal("Real");
    }

    [Theory]
    [InlineData("\"var\" a: Int")]
    [InlineData("42")]
    public void LiteralToken_InATypeBody_IsReported_AndDeclaresNothing(string member)
    {
        var module = Read("struct Counter {\n    " + member + "\n    var b: Int\n}");

        Problems(module).Should().ContainSingle().Which.Should().StartWith("File.swift:2: ").And.EndWith(" (line 2) does not start a declaration the reader understands; the declaration was skipped");
        module.TopLevel["Counter"].Properties.Select(p => p.Name).Should().Equal("b");
    }

    [Fact]
    public void StraySemicolons_BetweenDeclarations_AreIgnored()
    {
        var module = Read("struct Counter { ; var a: Int ;; var b: Int ; }");

        Problems(module).Should().BeEmpty();
        module.TopLevel["Counter"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }
}
