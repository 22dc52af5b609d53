// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// A generic parameter clause (<c>&lt;T: Codable&gt;</c>) after a type or type alias name is skipped up to its matching
/// <c>&gt;</c>, nested angle brackets included, so the conformances or the <c>=</c> after it are still read; an unclosed clause
/// never swallows the type's body (it ends at <c>{</c>), and at the end of the file the reader reports the missing <c>{</c>.
/// </summary>
public sealed class SkippingGenericClauseRulesTests
{
    private static SwiftModule Read(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Generic.swift");
        return module;
    }

    private static string Problems(SwiftModule module) => string.Join(" | ", module.Problems.Select(p => $"{p.Path}: {p.Message}"));

    private static string Inherited(SwiftModule module, string type) => string.Join(", ", module.TopLevel[type].Inherited);

    [Theory]
    [InlineData("struct Box<T>: Codable, Hashable { var value: Int }")]
    [InlineData("struct Box<T: Codable>: Codable, Hashable { var value: Int }")]
    [InlineData("struct Box<Key: Hashable, Value>: Codable, Hashable { var value: Int }")]
    [InlineData("struct Box<T: Collection<Int>>: Codable, Hashable { var value: Int }")]
    [InlineData("struct Box<T: Collection<Array<Int>>, U>: Codable, Hashable { var value: Int }")]
    public void GenericParameters_AreSkippedToTheirMatchingCloser_AndTheConformancesAfterThemAreRead(string source)
    {
        var module = Read(source);

        Problems(module).Should().BeEmpty();
        Inherited(module, "Box").Should().Be("Codable, Hashable");
        module.TopLevel["Box"].Properties.Select(p => p.Name).Should().Equal("value");
    }

    [Fact]
    public void GenericParameters_FollowedByAWhereClause_StillLeaveTheConformancesAndBodyReadable()
    {
        var module = Read("""
            struct Pair<A: Codable, B: Codable>: Codable where A: Hashable {
                var first: A
                var second: B
            }
            """);

        Problems(module).Should().BeEmpty();
        Inherited(module, "Pair").Should().Be("Codable");
        module.TopLevel["Pair"].Properties.Select(p => $"{p.Name}: {p.Type}").Should().Equal("first: A", "second: B");
    }

    [Theory]
    [InlineData("typealias Table<T> = [String: T]", "[String: T]")]
    [InlineData("typealias Nested<T: Collection<Int>> = Array<T>", "Array<T>")]
    public void TypeAliasGenericParameters_AreSkipped_AndTheAliasedTypeIsRead(string source, string target)
    {
        var module = Read(source + "\nstruct After { var x: Int }");

        Problems(module).Should().BeEmpty();
        module.Aliases.Should().ContainSingle().Which.Value.ToString().Should().Be(target);
        module.TopLevel.Should().ContainKey("After");
    }

    [Fact]
    public void UnclosedGenericParameters_EndAtTheBodyBrace_AndTheBodyIsStillRead()
    {
        var module = Read("""
            struct Broken<T {
                var value: Int
            }
            struct After { var x: Int }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel["Broken"].Properties.Select(p => p.Name).Should().Equal("value");
        module.TopLevel["After"].Properties.Select(p => p.Name).Should().Equal("x");
    }

    [Fact]
    public void UnclosedGenericParameters_AtTheEndOfTheFile_AreReportedAsAMissingBrace_OnTheLastLine()
    {
        var module = Read("struct Fine { var x: Int }\nstruct Broken<T: Codable\n");

        Problems(module).Should().Be("Generic.swift:3: expected '{' but found end of file; the declaration was skipped");
        module.TopLevel.Keys.Should().Equal("Fine");
    }
}
