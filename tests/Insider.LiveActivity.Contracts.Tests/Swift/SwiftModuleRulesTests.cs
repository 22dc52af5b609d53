// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// How the module built from several Swift files finds types: qualified names through nested types, module-qualified
/// names (<c>Swift.</c>, <c>Foundation.</c>, <c>ActivityKit.</c>), extensions merged once, the first of duplicate declarations kept.
/// </summary>
public sealed class SwiftModuleRulesTests
{
    private static SwiftModule Read(params string[] files)
    {
        var module = new SwiftModule();
        for (var i = 0; i < files.Length; i++)
        {
            SwiftParser.ParseInto(module, files[i], $"File{i}.swift");
        }

        module.MergeExtensions();
        module.Problems.Should().BeEmpty();
        return module;
    }

    [Fact]
    public void DottedName_IsFollowedThroughNestedTypes_FromAnyFile()
    {
        var module = Read(
            "struct Outer { struct Middle { struct Inner { var x: Int } } }",
            "struct Other { var y: Outer.Middle.Inner }");

        module.Find("Outer.Middle.Inner", null)!.QualifiedName.Should().Be("Outer.Middle.Inner");
        module.Find("Outer.Middle", null)!.QualifiedName.Should().Be("Outer.Middle");
    }

    [Fact]
    public void DottedName_WithAMissingPart_IsNotFound_NeverAnOuterType()
    {
        var module = Read("struct Outer { struct Middle { } }");

        module.Find("Outer.Missing", null).Should().BeNull();
        module.Find("Outer.Middle.Missing", null).Should().BeNull();
        module.Find("Missing.Middle", null).Should().BeNull();
    }

    [Theory]
    [InlineData("Swift.Status")]
    [InlineData("Foundation.Status")]
    [InlineData("ActivityKit.Status")]
    [InlineData("Swift.Outer.Status")]
    public void ModuleQualifiedName_OfAnAppleModule_IsLookedUpWithoutTheModule(string name)
    {
        var module = Read("enum Status: String { case on }", "struct Outer { enum Status: Int { case off } }");

        var expected = name.Contains("Outer", StringComparison.Ordinal) ? "Outer.Status" : "Status";
        module.Find(name, null)!.QualifiedName.Should().Be(expected);
    }

    [Fact]
    public void OwnTypeNamedLikeAnAppleModule_IsFoundByItsName()
    {
        var module = Read("struct Foundation { var a: Int }", "enum Swift { case a }");

        module.Find("Foundation", null)!.Kind.Should().Be(SwiftDeclarationKind.Struct);
        module.Find("Swift", null)!.Kind.Should().Be(SwiftDeclarationKind.Enum);
    }

    [Fact]
    public void FirstPartOfADottedName_ThatIsNotAnAppleModule_IsAType()
    {
        var module = Read("struct Status { }", "struct Outer { struct Status { var inner: Int } }");

        module.Find("Outer.Status", null)!.QualifiedName.Should().Be("Outer.Status");
    }

    [Fact]
    public void DottedName_IsResolvedFromTheScopeOutward()
    {
        var module = Read(
            "struct Inner { }",
            "struct Outer { struct Inner { struct Leaf { } } struct Sibling { var a: Inner.Leaf } }");
        var sibling = module.Find("Outer.Sibling", null);

        module.Find("Inner.Leaf", sibling)!.QualifiedName.Should().Be("Outer.Inner.Leaf");
        module.Find("Inner.Leaf", null).Should().BeNull();
    }

    [Fact]
    public void Extensions_AreMergedOnce_AndNoneIsLeftPending()
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, "struct State { var a: Int }", "State.swift");
        SwiftParser.ParseInto(module, "extension State { struct Detail { } }\nextension State: Hashable { }", "State+Ext.swift");

        module.MergeExtensions();
        module.MergeExtensions();

        module.Extensions.Should().BeEmpty();
        var state = module.Find("State", null)!;
        state.Inherited.Select(t => t.Name).Should().Equal("Hashable");
        module.Find("State.Detail", null)!.Parent.Should().BeSameAs(state);
    }

    [Fact]
    public void DuplicateTopLevelDeclaration_KeepsTheFirstFile()
    {
        var module = Read("struct State { var a: Int }", "struct State { var b: Int }");

        module.Find("State", null)!.File.Should().Be("File0.swift");
    }
}
