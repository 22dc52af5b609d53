// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Words before a declaration: modifiers with a parenthesized argument (<c>private(set)</c>, <c>nonisolated(unsafe)</c>) are
/// one modifier; <c>class</c> followed by <c>var</c>, <c>let</c>, <c>func</c>, <c>subscript</c> or another modifier is a modifier
/// (a static member), otherwise it declares a class; an attribute without arguments does not swallow what follows on its line.
/// </summary>
public sealed class ParserCoreModifierRulesTests
{
    private static SwiftTypeDeclaration ReadType(string swift, string name)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "Live.swift");
        module.Problems.Should().BeEmpty();
        return module.TopLevel[name];
    }

    [Theory]
    [InlineData("public private(set) var count: Int")]
    [InlineData("private(set) public var count: Int")]
    [InlineData("public internal(set) var count: Int")]
    [InlineData("fileprivate(set) var count: Int")]
    [InlineData("nonisolated(unsafe) var count: Int")]
    public void ModifierWithAnArgument_IsOneModifier_AndThePropertyIsStillOnTheWire(string declaration)
    {
        var contract = SwiftContract.Parse($$"""
            struct A: ActivityAttributes {
                public struct ContentState: Codable, Hashable {
                    {{declaration}}
                    var label: String
                }
            }
            """);

        contract.Problems.Should().BeEmpty();
        string.Join("; ", contract.ActivityTypes.Single().ContentState).Should().Be("count: Int; label: String");
    }

    [Theory]
    [InlineData("class var shared: Base { Base() }")]
    [InlineData("class let limit = 10")]
    [InlineData("class override var shared: Base { Base() }")]
    [InlineData("class final var shared: Base { Base() }")]
    public void ClassBeforeAProperty_MakesItStatic_NotANestedClass(string declaration)
    {
        var type = ReadType($"class Base {{\n    {declaration}\n    var name: String\n}}", "Base");

        type.NestedTypes.Should().BeEmpty();
        type.Properties.Select(p => (p.Name, p.IsStatic)).Should().HaveCount(2).And.EndWith(("name", false));
        type.Properties[0].IsStatic.Should().BeTrue();
        type.Properties[0].IsDecoded.Should().BeFalse();
    }

    [Theory]
    [InlineData("class func make() -> Base { Base() }")]
    [InlineData("class subscript(key: String) -> Int { 0 }")]
    [InlineData("class override func make() -> Base { Base() }")]
    public void ClassBeforeAFunctionOrSubscript_IsAModifier_NotANestedClass(string declaration)
    {
        var type = ReadType($"class Base {{\n    {declaration}\n    var name: String\n}}", "Base");

        type.NestedTypes.Should().BeEmpty();
        type.Properties.Select(p => p.Name).Should().Equal("name");
    }

    [Theory]
    [InlineData("class Inner { var a: Int }")]
    [InlineData("final class Inner: Codable { var a: Int }")]
    [InlineData("class Inner<T> { var a: Int }")]
    public void ClassFollowedByAName_DeclaresANestedClass(string declaration)
    {
        var type = ReadType($"struct Outer {{\n    {declaration}\n    var b: Int\n}}", "Outer");

        type.NestedTypes["Inner"].Kind.Should().Be(SwiftDeclarationKind.Class);
        type.NestedTypes["Inner"].Properties.Select(p => p.Name).Should().Equal("a");
        type.Properties.Select(p => p.Name).Should().Equal("b");
    }

    [Theory]
    [InlineData("@MainActor var count: Int")]
    [InlineData("@MainActor public var count: Int")]
    [InlineData("@Sendable @MainActor var count: Int")]
    [InlineData("@available(iOS 17.0, *) var count: Int")]
    public void AttributeOnTheSameLine_DoesNotSwallowTheDeclaration(string declaration)
    {
        var type = ReadType($"struct State {{\n    {declaration}\n    var label: String\n}}", "State");

        type.Properties.Select(p => p.Name).Should().Equal("count", "label");
        type.Properties[0].Type!.ToString().Should().Be("Int");
    }

    [Fact]
    public void AttributeWithoutArguments_OnItsOwnLine_AppliesToTheNextDeclaration()
    {
        var type = ReadType("@MainActor\nstruct State {\n    @available(*, deprecated)\n    var count: Int\n}", "State");

        type.Properties.Select(p => p.Name).Should().Equal("count");
    }
}
