// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// How the reader reads <c>var</c>/<c>let</c> members: one declaration may list several properties separated by commas;
/// a written type always wins over the initial value; without one, only a lone literal gives the type the way Swift
/// infers it (<c>Int</c>, <c>Double</c>, <c>Bool</c>, <c>String</c>, a leading minus included, hexadecimal stays
/// <c>Int</c>), anything else leaves it unknown; a body is a computed property unless it holds only <c>willSet</c>/
/// <c>didSet</c> observers; <c>static</c> and <c>class</c> members belong to the type; a tuple pattern is reported.
/// </summary>
public sealed class DeclarationPropertyRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "File.swift");
        return module;
    }

    private static List<SwiftProperty> Properties(string members)
    {
        var module = Read("struct Holder {\n" + members + "\n}");
        module.Problems.Should().BeEmpty();
        return module.TopLevel["Holder"].Properties;
    }

    private static string? TypeOf(string members, string name) =>
        Properties(members).Single(p => p.Name == name).Type?.ToString();

    [Fact]
    public void OneDeclaration_ListingSeveralProperties_DeclaresEachWithItsOwnType()
    {
        var properties = Properties("    var home: Int, away: Int?, label: String");

        properties.Select(p => $"{p.Name}: {p.Type}").Should().Equal("home: Int", "away: Int?", "label: String");
        properties.Should().OnlyContain(p => !p.IsLet && !p.HasInitializer);
    }

    [Fact]
    public void OneLetDeclaration_WithSeveralInitialValues_InfersEachFromItsOwnLiteral()
    {
        var properties = Properties("    let version = 2, name = \"pizza\", ratio = 0.5");

        properties.Select(p => $"{p.Name}: {p.Type}").Should().Equal("version: Int", "name: String", "ratio: Double");
        properties.Should().OnlyContain(p => p.IsLet && p.HasInitializer);
    }

    [Theory]
    [InlineData("var ratio: Double = 1", "Double")]
    [InlineData("var note: String? = nil", "String?")]
    [InlineData("var flag: Bool? = true", "Bool?")]
    [InlineData("var title: Substring = \"x\"", "Substring")]
    public void WrittenType_WinsOverTheInitialValue(string member, string type)
    {
        var property = Properties("    " + member).Single();

        property.Type!.ToString().Should().Be(type);
        property.HasInitializer.Should().BeTrue();
    }

    [Theory]
    [InlineData("0", "Int")]
    [InlineData("42", "Int")]
    [InlineData("1_000", "Int")]
    [InlineData("1.5", "Double")]
    [InlineData("1e3", "Double")]
    [InlineData("2E-2", "Double")]
    [InlineData("0xff", "Int")]
    [InlineData("0x1E", "Int")]
    [InlineData("0x1e", "Int")]
    [InlineData("-5", "Int")]
    [InlineData("-0.5", "Double")]
    [InlineData("\"pizza\"", "String")]
    [InlineData("\"\"", "String")]
    [InlineData("true", "Bool")]
    [InlineData("false", "Bool")]
    public void LoneLiteral_GivesTheTypeSwiftInfers(string literal, string type)
    {
        TypeOf("    var value = " + literal, "value").Should().Be(type);
    }

    [Theory]
    [InlineData("1 + 2")]
    [InlineData("-count")]
    [InlineData("Date()")]
    [InlineData("defaultMode")]
    [InlineData(".idle")]
    [InlineData("\"a\" + \"b\"")]
    [InlineData("[1, 2]")]
    [InlineData("nil")]
    public void InitialValue_ThatIsNotALoneLiteral_LeavesTheTypeUnknown(string expression)
    {
        var property = Properties("    var value = " + expression).Single();

        property.Type.Should().BeNull();
        property.HasInitializer.Should().BeTrue();
    }

    [Theory]
    [InlineData("struct Holder {\n    var value = 1\n    var next: Int\n}")]
    [InlineData("struct Holder { var value = 1 }")]
    [InlineData("struct Holder { var value = 1, next: Int }")]
    [InlineData("struct Holder { var value = 1; var next: Int }")]
    [InlineData("struct Holder {\n    var value = 1 { didSet { } }\n}")]
    [InlineData("struct Holder {\n    var value = 1")]
    public void LoneLiteral_EndsAtALineBreakCloseBraceCommaSemicolonObserverBodyOrEndOfFile(string swift)
    {
        var module = Read(swift);

        module.TopLevel["Holder"].Properties.First(p => p.Name == "value").Type!.ToString().Should().Be("Int");
    }

    [Theory]
    [InlineData("var value: Int { 42 }")]
    [InlineData("var value: String { \"didSet\" }")]
    [InlineData("var value: Int { count * 2 }")]
    [InlineData("var value: Int {\n        get { 1 }\n        set { }\n    }")]
    [InlineData("var value: Int { get }")]
    public void Body_WithoutObservers_MakesAComputedProperty(string member)
    {
        var property = Properties("    " + member).Single();

        property.IsComputed.Should().BeTrue();
        property.IsDecoded.Should().BeFalse();
    }

    [Theory]
    [InlineData("var value: Int { didSet { print(value) } }")]
    [InlineData("var value: Int { willSet { print(newValue) } }")]
    [InlineData("var value: Int {\n        willSet { }\n        didSet { }\n    }")]
    public void Body_OfObserversOnly_KeepsAStoredProperty(string member)
    {
        var property = Properties("    " + member).Single();

        property.IsComputed.Should().BeFalse();
        property.IsDecoded.Should().BeTrue();
        property.Type!.ToString().Should().Be("Int");
    }

    [Theory]
    [InlineData("static var value = 1", true)]
    [InlineData("static let value: String = \"x\"", true)]
    [InlineData("public static var value: Int { 1 }", true)]
    [InlineData("class var value: Int { 1 }", true)]
    [InlineData("override class var value: Int { 1 }", true)]
    [InlineData("var value: Int", false)]
    [InlineData("public private(set) var value: Int", false)]
    public void StaticAndClassMembers_BelongToTheType(string member, bool isStatic)
    {
        var property = Properties("    " + member).Single();

        property.IsStatic.Should().Be(isStatic);
        if (isStatic)
        {
            property.IsDecoded.Should().BeFalse();
        }
    }

    [Fact]
    public void TuplePattern_IsReportedAtItsLine_AndTheNextPropertyIsRead()
    {
        var module = Read("""
            struct Holder {
                var a: Int
                var (x, y): (Int, Int)
                var b: Int
            }
            """);

        module.Problems.Select(p => $"{p.Path}: {p.Message}").Should().Equal(
            "File.swift:3: a tuple pattern in a property declaration is not supported; the declaration was skipped");
        module.TopLevel["Holder"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void Property_RemembersTheLineOfItsName()
    {
        var properties = Properties("    var a: Int,\n        b: Int");

        properties.Select(p => p.Line).Should().Equal(2, 3);
    }
}
