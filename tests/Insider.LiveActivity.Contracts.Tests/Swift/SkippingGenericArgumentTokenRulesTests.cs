// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Which tokens a generic argument list in a default value may hold and be followed by (Swift's disambiguation rule): names,
/// <c>. , : ? ! [ ] ( ) -&gt; &amp;</c> and nested <c>&lt; &gt;</c> inside, brackets balanced, a line break inside that does
/// not start a declaration; after the closing <c>&gt;</c> one of <c>( ) ] } : ; , . ? ! == !=</c>, a line break or the end of the
/// file. Each such list is one value, so the comma between its arguments never makes a property of its own.
/// </summary>
public sealed class SkippingGenericArgumentTokenRulesTests
{
    private static SwiftModule Read(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Value.swift");
        return module;
    }

    [Theory]
    [InlineData("var v = Dictionary<String, [Int]>()", "v")]
    [InlineData("var v = Result<(Int, String), Error>.success((1, \"a\"))", "v")]
    [InlineData("var v = Dictionary<Swift.String, Int?>()", "v")]
    [InlineData("var v = Dictionary<String, Int!>()", "v")]
    [InlineData("var v = Dictionary<String, (Int) -> Void>()", "v")]
    [InlineData("var v = Dictionary<String, any Hashable & Sendable>()", "v")]
    [InlineData("var v = Dictionary<String,\n        Int>()", "v")]
    [InlineData("var v = [:] as Dictionary<String, Int>; var w: Int", "v w")]
    [InlineData("var v = [:] as Dictionary<String, Int>, w: Int", "v w")]
    [InlineData("var v = x as? Dictionary<String, Int>? ?? [:]", "v")]
    [InlineData("var v = x as? Dictionary<String, Int>! ?? [:]", "v")]
    [InlineData("var v = Dictionary<String, Int>.self", "v")]
    [InlineData("var v = Pair<Int, Int> == other", "v")]
    [InlineData("var v = Pair<Int, Int> != other", "v")]
    [InlineData("var v = c ? Pair<Int, Int>: d", "v")]
    public void GenericArguments_WithTheirTokensAndFollowers_AreOneValue(string members, string expected)
    {
        var module = Read($"struct S {{\n    {members}\n    var next: String\n}}");

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().BeEmpty();
        string.Join(" ", module.TopLevel["S"].Properties.Select(p => p.Name)).Should().Be(expected + " next");
    }

    [Fact]
    public void GenericArguments_AtTheEndOfTheFile_AreOneValue()
    {
        var module = Read("let lookup = [:] as Dictionary<String, Int>");

        module.Problems.Should().BeEmpty();
    }

    [Fact]
    public void GenericArguments_BeforeTheClosingBraceOfTheirType_AreOneValue()
    {
        var module = Read("struct S { var v = [:] as Dictionary<String, Int> }");

        module.Problems.Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("v");
    }

    [Theory]
    [InlineData("var ok = a < b, c > d + 1", "ok c")]
    [InlineData("var ok = a < (b), c > d", "ok c")]
    [InlineData("var ok = a < b\n    var c = d > e", "ok c")]
    public void A_LessThan_WhoseTokensOrFollowerCannotBeGenericArguments_IsAnOperator(string members, string expected)
    {
        var module = Read($"struct S {{\n    {members}\n    var next: String\n}}");

        string.Join(" ", module.TopLevel["S"].Properties.Select(p => p.Name)).Should().Be(expected + " next");
    }
}
