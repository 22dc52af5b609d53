// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// A type may nest 64 levels deep (<c>[[…[Int]…]]</c>, <c>Optional&lt;…&gt;</c>); a deeper one is reported at its line, naming
/// the limit, and only that declaration is skipped.
/// </summary>
public sealed class TypeSyntaxNestingLimitRulesTests
{
    private static SwiftModule Read(int depth, string open, string close)
    {
        var type = string.Concat(Enumerable.Repeat(open, depth - 1)) + "Int" + string.Concat(Enumerable.Repeat(close, depth - 1));
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, $"struct S {{\n    var next: Int\n    var deep:\n        {type}\n}}", "S.swift");
        return module;
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("Optional<", ">")]
    [InlineData("(", ")")]
    public void TypeOf64Levels_IsRead(string open, string close)
    {
        var module = Read(64, open, close);

        module.Problems.Should().BeEmpty();
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("next", "deep");
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("Optional<", ">")]
    [InlineData("(", ")")]
    public void TypeOf65Levels_IsReportedAtItsLine_AndOnlyThatDeclarationIsSkipped(string open, string close)
    {
        var module = Read(65, open, close);

        var problem = module.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("S.swift:4");
        problem.Message.Should().Be("a type nests deeper than 64 levels; the declaration was skipped");
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("next");
    }
}
