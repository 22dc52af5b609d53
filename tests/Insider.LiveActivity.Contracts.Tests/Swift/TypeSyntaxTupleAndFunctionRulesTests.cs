// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Parentheses in types: one type in parentheses is that type; two or more (or none) make a tuple; an arrow makes a function
/// type from its parameters to its result. Element labels (<c>x:</c>, <c>_ name:</c>) and the effects <c>async</c>,
/// <c>throws</c>, <c>rethrows</c> are not part of the type. Tuples and function types are anonymous: they have parts, no name.
/// Elements are separated by commas; anything else is reported as the expected <c>')'</c>.
/// </summary>
public sealed class TypeSyntaxTupleAndFunctionRulesTests
{
    private static SwiftModule Read(string type)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, $"struct S {{\n    var value: {type}\n    var next: Int\n}}", "S.swift");
        return module;
    }

    private static SwiftTypeRef TypeOf(string type)
    {
        var module = Read(type);

        module.Problems.Should().BeEmpty();
        var properties = module.TopLevel["S"].Properties;
        properties.Select(p => p.Name).Should().Equal("value", "next");
        return properties[0].Type!;
    }

    /// <summary>The structure of a type: kind, name and parts, e.g. <c>Tuple ""(Named "Int"(), Named "String"())</c>.</summary>
    private static string Shape(SwiftTypeRef type) => $"{type.Kind} \"{type.Name}\"({string.Join(", ", type.Arguments.Select(Shape))})";

    [Theory]
    [InlineData("(Int)", "Int")]
    [InlineData("((String))", "String")]
    [InlineData("([Int])", "[Int]")]
    [InlineData("(x: Int)", "Int")]
    public void OneTypeInParentheses_IsThatType(string written, string read)
    {
        var type = TypeOf(written);

        type.ToString().Should().Be(read);
        type.Kind.Should().NotBe(SwiftTypeRefKind.Tuple);
    }

    [Theory]
    [InlineData("(Int, String)", "(Int, String)")]
    [InlineData("(x: Int, y: Int)", "(Int, Int)")]
    [InlineData("(lat: Double, lon: Double)?", "(Double, Double)?")]
    [InlineData("()", "()")]
    public void TwoOrNoTypesInParentheses_AreATuple_WithoutLabels(string written, string read)
    {
        var type = TypeOf(written);

        type.ToString().Should().Be(read);
        type.Unwrapped.Kind.Should().Be(SwiftTypeRefKind.Tuple);
    }

    [Theory]
    [InlineData("() -> Void", "() -> Void")]
    [InlineData("(Int) -> String", "(Int) -> String")]
    [InlineData("(_ value: Int) -> Void", "(Int) -> Void")]
    [InlineData("(_ key: String, _ value: Int) -> Bool", "(String, Int) -> Bool")]
    [InlineData("([String: Int]) -> Void", "([String: Int]) -> Void")]
    [InlineData("([String: Int], Int) -> [Int: String]", "([String: Int], Int) -> [Int: String]")]
    [InlineData("(Int) -> (Int) -> Int", "(Int) -> (Int) -> Int")]
    public void AnArrowAfterParentheses_MakesAFunctionType_WithoutParameterNames(string written, string read)
    {
        var type = TypeOf(written);

        type.ToString().Should().Be(read);
        type.Kind.Should().Be(SwiftTypeRefKind.Function);
    }

    [Theory]
    [InlineData("() async -> Void")]
    [InlineData("() throws -> Void")]
    [InlineData("() async throws -> Void")]
    [InlineData("() rethrows -> Void")]
    public void EffectsBeforeTheArrow_AreNotPartOfTheType(string written)
    {
        TypeOf(written).ToString().Should().Be("() -> Void");
    }

    [Fact]
    public void TuplesAndFunctionTypes_AreAnonymous_TheirPartsAreTheirArguments()
    {
        Shape(TypeOf("(Int, String)")).Should().Be("Tuple \"\"(Named \"Int\"(), Named \"String\"())");
        Shape(TypeOf("(Int) -> Void")).Should().Be("Function \"\"(Named \"Int\"(), Named \"Void\"())");
        Shape(TypeOf("() -> Void")).Should().Be("Function \"\"(Named \"Void\"())");
    }

    [Fact]
    public void TupleElements_WithoutACommaBetween_AreReportedAsAMissingCloseParenthesis()
    {
        var module = Read("(Int String)");

        module.Problems.Should().ContainSingle().Which.Message.Should().Be("expected ')' but found 'String' (line 2); the declaration was skipped");
        module.TopLevel["S"].Properties.Select(p => p.Name).Should().Equal("next");
    }
}
