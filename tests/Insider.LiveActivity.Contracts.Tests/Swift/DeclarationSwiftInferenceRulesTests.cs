// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Where the reader must give a property the type the Swift compiler gives it: a type annotation after a list of names
/// applies to every name before it (<c>var red, green, blue: Double</c>, as in The Swift Programming Language); a
/// hexadecimal literal with a <c>p</c> exponent (<c>0x1p3</c>, <c>0x1.8p1</c>) is a floating-point literal, so a lone one
/// is a <c>Double</c>.
/// </summary>
public sealed class DeclarationSwiftInferenceRulesTests
{
    private static List<SwiftProperty> Properties(string members)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, "struct Holder {\n" + members + "\n}", "File.swift");
        module.Problems.Should().BeEmpty();
        return module.TopLevel["Holder"].Properties;
    }

    [Fact]
    public void TypeAnnotation_AfterAListOfNames_AppliesToEachName()
    {
        var properties = Properties("    var red, green, blue: Double");

        properties.Select(p => $"{p.Name}: {p.Type}").Should().Equal("red: Double", "green: Double", "blue: Double");
    }

    [Theory]
    [InlineData("0x1p3")]
    [InlineData("0x1.8p1")]
    public void HexadecimalFloatingPointLiteral_IsADouble(string literal)
    {
        var property = Properties("    var scale = " + literal).Single();

        property.Type!.ToString().Should().Be("Double");
    }
}
