// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// What may precede a type is not part of it: type attributes (<c>@unchecked</c>, <c>@retroactive</c>, and
/// <c>@convention(c)</c> with its arguments) and the words <c>some</c>, <c>any</c>, <c>inout</c>, <c>borrowing</c>, <c>consuming</c>.
/// </summary>
public sealed class TypeSyntaxPrefixRulesTests
{
    private static string TypeOf(string type)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, $"struct S {{\n    var value: {type}\n    var next: Int\n}}", "S.swift");

        module.Problems.Should().BeEmpty();
        var properties = module.TopLevel["S"].Properties;
        properties.Select(p => p.Name).Should().Equal("value", "next");
        return properties[0].Type!.ToString();
    }

    [Theory]
    [InlineData("any Codable", "Codable")]
    [InlineData("some Hashable", "Hashable")]
    [InlineData("[any Codable]", "[Codable]")]
    [InlineData("(inout Int) -> Void", "(Int) -> Void")]
    [InlineData("(borrowing String) -> Int", "(String) -> Int")]
    [InlineData("(consuming String) -> Int", "(String) -> Int")]
    [InlineData("(_ values: inout [Int]) -> Void", "([Int]) -> Void")]
    public void OwnershipAndExistentialWords_AreNotPartOfTheType(string written, string read)
    {
        TypeOf(written).Should().Be(read);
    }

    [Theory]
    [InlineData("@convention(c) (Int32) -> Int32", "(Int32) -> Int32")]
    [InlineData("@convention(block) (String) -> Void", "(String) -> Void")]
    [InlineData("[@convention(c) (Int32) -> Int32]", "[(Int32) -> Int32]")]
    public void TypeAttribute_WithItsArguments_IsNotPartOfTheType(string written, string read)
    {
        TypeOf(written).Should().Be(read);
    }

    [Fact]
    public void TypeAttributesInAConformanceList_AreNotPartOfTheConformances()
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, """
            final class Store: @unchecked Sendable, Codable { var a: Int }
            extension Store: @preconcurrency @retroactive Identifiable { }
            """, "Store.swift");
        module.MergeExtensions();

        module.Problems.Should().BeEmpty();
        module.TopLevel["Store"].Inherited.Select(t => t.ToString()).Should().Equal("Sendable", "Codable", "Identifiable");
    }
}
