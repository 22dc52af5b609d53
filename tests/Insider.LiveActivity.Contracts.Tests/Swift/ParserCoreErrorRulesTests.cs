// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// What the reader reports: an unreadable declaration is a problem at the line of the token it stumbled on, naming what it
/// expected and what it found, and saying the declaration was skipped; a type left open at the end of the file is reported at its
/// own line; a <c>}</c> that closes nothing is reported once and ignored; reading always moves on past a declaration it reported.
/// </summary>
public sealed class ParserCoreErrorRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "Live.swift");
        return module;
    }

    private static string[] Problems(SwiftModule module) => module.Problems.Select(p => $"{p.Path}: {p.Message}").ToArray();

    [Fact]
    public void MissingPunctuation_IsReportedWithTheLine_WhatWasExpected_AndWhatWasFound()
    {
        var module = Read("struct S {\n    var a: Int\n    var pair: (Int String)\n    var b: Int\n}");

        Problems(module).Should().Equal("Live.swift:3: expected ')' but found 'String' (line 3); the declaration was skipped");
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void MissingName_IsReportedWithTheLine_AndWhatWasFoundInstead()
    {
        var module = Read("struct S {\n    var a: Int\n    var 42: Int\n    var b: Int\n}");

        Problems(module).Should().Equal("Live.swift:3: expected a name but found '42' (line 3); the declaration was skipped");
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void MissingName_AtTheEndOfTheFile_SaysEndOfFile()
    {
        var module = Read("struct S { var a: Int }\nstruct");

        Problems(module).Should().Equal("Live.swift:2: expected a name but found end of file; the declaration was skipped");
        module.TopLevel.Keys.Should().Equal("S");
    }

    [Fact]
    public void TypeLeftOpenAtTheEndOfTheFile_IsReportedAtItsOwnLine_WithWhatItDeclaredSoFar()
    {
        var module = Read("import ActivityKit\nstruct Outer {\n    struct Inner {\n        var a: Int\n    }\n    var b: Int\n");

        Problems(module).Should().Equal("Live.swift:2: 'Outer' is not closed with '}' before the end of the file");
        module.TopLevel["Outer"].Properties.Select(p => p.Name).Should().Equal("b");
        module.TopLevel["Outer"].NestedTypes["Inner"].Properties.Select(p => p.Name).Should().Equal("a");
    }

    [Fact]
    public void ClosedTypes_AreNotReportedAsOpen()
    {
        Read("struct Outer {\n    struct Inner { }\n}\n").Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("struct A { }\n}", new[] { 2 })]
    [InlineData("struct A { }\n}\n}", new[] { 2, 3 })]
    [InlineData("}\nstruct A { }", new[] { 1 })]
    [InlineData("} }\nstruct A { }\n}", new[] { 1, 1, 3 })]
    public void BraceThatClosesNothing_IsReportedOnceAtItsLine_AndIgnored(string swift, int[] lines)
    {
        var module = Read(swift);

        Problems(module).Should().Equal(lines.Select(l => $"Live.swift:{l}: a '}}' closes nothing; it was ignored"));
        module.TopLevel.Keys.Should().Equal("A");
    }

    [Fact]
    public void ReportedDeclaration_ThatSkippingCannotMovePast_IsStillLeftBehind()
    {
        // A back-quoted `;` is a name that skipping a statement stops at, so the reader must step over it itself.
        var module = Read("`;`\nstruct A { var a: Int }");

        Problems(module).Should().Equal("Live.swift:1: ';' (line 1) does not start a declaration the reader understands; the declaration was skipped");
        module.TopLevel["A"].Properties.Select(p => p.Name).Should().Equal("a");
    }
}
