// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Optional types: <c>T?</c>, <c>T!</c>, <c>Optional&lt;T&gt;</c> and <c>Swift.Optional&lt;T&gt;</c> are all optional (the key
/// may be omitted); a parenthesized type is the type inside, so <c>(T)?</c> is an optional <c>T</c>.
/// </summary>
public sealed class TypeSyntaxOptionalRulesTests
{
    private static SwiftField Field(string type)
    {
        var contract = SwiftContract.Parse($$"""
            struct A: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var value: {{type}}
                }
            }
            """);

        contract.Problems.Should().BeEmpty();
        return contract.ActivityTypes.Single().ContentState.Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("Int?", "Int?")]
    [InlineData("Int!", "Int!")]
    [InlineData("Optional<Int>", "Optional<Int>")]
    [InlineData("Swift.Optional<Int>", "Optional<Int>")]
    [InlineData("(Int)?", "Int?")]
    public void EverySpellingOfOptional_IsOptional(string written, string read)
    {
        var field = Field(written);

        field.IsOptional.Should().BeTrue();
        field.Type.Should().Be(read);
        field.TypeRef!.Unwrapped.Should().Match<SwiftTypeRef>(t => t.Kind == SwiftTypeRefKind.Named && t.Name == "Int");
    }

    [Fact]
    public void OptionalOfAnOptional_IsOptionalTwice()
    {
        var field = Field("String?!");

        field.Type.Should().Be("String?!");
        field.TypeRef!.Arguments.Single().IsOptional.Should().BeTrue();
        field.TypeRef.Unwrapped.Should().Match<SwiftTypeRef>(t => t.Kind == SwiftTypeRefKind.Named && t.Name == "String");
    }

    [Theory]
    [InlineData("Int")]
    [InlineData("(Int)")]
    [InlineData("[Int?]")]
    [InlineData("Dictionary<String, Int?>")]
    public void ATypeWhoseOptionalIsOnlyInside_IsNotOptional(string written)
    {
        Field(written).IsOptional.Should().BeFalse();
    }
}
