// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// How the reader reads type declarations: the keyword decides the kind (<c>struct</c>, <c>class</c>, <c>actor</c>,
/// <c>enum</c>, <c>protocol</c>); an extension is named by its full dotted path; generic parameter lists and
/// <c>where</c> clauses never hide the conformances, which are listed after <c>:</c> separated by <c>,</c> or <c>&amp;</c>;
/// generic type aliases are kept; types may nest 64 levels deep (the 65th level is reported), however many types
/// there are side by side.
/// </summary>
public sealed class DeclarationTypeRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "File.swift");
        return module;
    }

    private static SwiftModule ReadClean(string swift)
    {
        var module = Read(swift);
        module.Problems.Should().BeEmpty();
        return module;
    }

    private static string[] Names(IEnumerable<SwiftTypeRef> types) => types.Select(t => t.ToString()).ToArray();

    [Theory]
    [InlineData("struct", "Struct")]
    [InlineData("class", "Class")]
    [InlineData("actor", "Actor")]
    [InlineData("enum", "Enum")]
    [InlineData("protocol", "Protocol")]
    public void TypeKeyword_DecidesTheKind_AndTheMembersAreRead(string keyword, string kind)
    {
        var module = ReadClean(keyword + " Store {\n    var count: Int\n}\nstruct After { var done: Bool }");

        var store = module.TopLevel["Store"];
        store.Kind.ToString().Should().Be(kind);
        store.Line.Should().Be(1);
        store.Properties.Select(p => p.Name).Should().Equal("count");
        module.TopLevel.Keys.Should().Equal("Store", "After");
    }

    [Fact]
    public void Extension_OfANestedType_IsNamedByItsDottedPath_AndMergedIntoThatType()
    {
        var module = ReadClean("""
            struct Outer { struct Inner { var a: Int } }
            extension Outer.Inner: Hashable {
                var b: String { "b" }
            }
            """);

        module.Extensions.Select(e => e.Name).Should().Equal("Outer.Inner");
        module.MergeExtensions();
        var inner = module.TopLevel["Outer"].NestedTypes["Inner"];
        inner.Properties.Select(p => p.Name).Should().Equal("a", "b");
        Names(inner.Inherited).Should().Equal("Hashable");
        module.TopLevel["Outer"].Properties.Should().BeEmpty();
    }

    [Fact]
    public void Extension_OfAModuleQualifiedDeepPath_KeepsEveryPart()
    {
        var module = ReadClean("extension Foundation.Outer.Inner { }");

        module.Extensions.Select(e => e.Name).Should().Equal("Foundation.Outer.Inner");
    }

    [Fact]
    public void GenericType_ListsItsConformancesAfterTheParameterList()
    {
        var module = ReadClean("""
            struct Box<T: Codable, U>: Codable, Hashable where T: Hashable {
                var value: T
            }
            """);

        var box = module.TopLevel["Box"];
        Names(box.Inherited).Should().Equal("Codable", "Hashable");
        box.Properties.Select(p => p.Name).Should().Equal("value");
    }

    [Fact]
    public void Conformances_SeparatedByCommas_AreAllListed()
    {
        var module = ReadClean("struct State: Codable, Hashable, Sendable { }");

        Names(module.TopLevel["State"].Inherited).Should().Equal("Codable", "Hashable", "Sendable");
    }

    [Fact]
    public void Conformances_ComposedWithAmpersand_AreAllListed()
    {
        var module = ReadClean("protocol Tracked: ActivityAttributes & Sendable { }");

        Names(module.TopLevel["Tracked"].Inherited).Should().Equal("ActivityAttributes", "Sendable");
    }

    [Fact]
    public void WhereClause_IsSkipped_NotReadAsConformances()
    {
        var module = ReadClean("extension Array: Identifiable where Element: Hashable { }");

        Names(module.Extensions.Single().Inherited).Should().Equal("Identifiable");
    }

    [Fact]
    public void GenericTypeAlias_AtTopLevel_IsKeptWithItsTarget()
    {
        var module = ReadClean("""
            typealias Pair<T> = (T, T)
            struct After { var a: Int }
            """);

        module.Aliases["Pair"].ToString().Should().Be("(T, T)");
        module.TopLevel.Keys.Should().Equal("After");
    }

    [Fact]
    public void GenericTypeAlias_InsideAType_BelongsToThatType()
    {
        var module = ReadClean("""
            struct Holder {
                typealias Table<Value> = [String: Value]
                var a: Int
            }
            """);

        var holder = module.TopLevel["Holder"];
        holder.TypeAliases["Table"].ToString().Should().Be("[String: Value]");
        holder.Properties.Select(p => p.Name).Should().Equal("a");
        module.Aliases.Should().BeEmpty();
    }

    [Fact]
    public void NestedTypes_UpToSixtyFourLevels_AreRead()
    {
        var module = ReadClean(Nest(64));

        var innermost = module.AllTypes().Last();
        innermost.QualifiedName.Split('.').Should().HaveCount(64);
        innermost.Properties.Select(p => p.Name).Should().Equal("leaf");
    }

    [Fact]
    public void NestedTypes_AtTheSixtyFifthLevel_AreReportedOnceAtThatTypesLine()
    {
        var module = Read(Nest(65));

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().Equal(
            "File.swift:65: types nest deeper than 64 levels; the declaration was skipped");
        module.AllTypes().SelectMany(t => t.Properties).Should().BeEmpty("the members of the 65th level are not read");
    }

    [Fact]
    public void TypesSideBySide_DoNotCountTowardsTheNestingLimit()
    {
        var swift = string.Concat(Enumerable.Range(0, 100).Select(i => $"struct T{i} {{ struct Inner {{ var a: Int }} }}\n"));

        var module = ReadClean(swift);

        module.TopLevel.Should().HaveCount(100);
        module.AllTypes().Should().HaveCount(200);
        module.TopLevel["T99"].NestedTypes["Inner"].Properties.Select(p => p.Name).Should().Equal("a");
    }

    [Fact]
    public void SiblingsInsideOneType_DoNotCountTowardsTheNestingLimit()
    {
        var swift = "enum Namespace {\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"    struct S{i} {{ var a: Int }}\n")) + "}";

        var module = ReadClean(swift);

        module.TopLevel["Namespace"].NestedTypes.Should().HaveCount(100);
    }

    private static string Nest(int levels) =>
        string.Concat(Enumerable.Range(1, levels).Select(i => $"struct L{i} {{\n")) + "var leaf: Int\n" + string.Concat(Enumerable.Repeat("}\n", levels));
}
