// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// When a type replaces the synthesized Codable: exactly when it declares <c>init(from:)</c> or <c>func encode(to:)</c>
/// itself (in its body or in an extension), one of them being enough and both together still counting; other
/// initializers and functions, even ones taking a <c>to:</c> argument or named <c>encode</c>, do not; a protocol's
/// requirement does not either.
/// </summary>
public sealed class DeclarationCustomCodableRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "File.swift");
        module.MergeExtensions();
        module.Problems.Should().BeEmpty();
        return module;
    }

    [Theory]
    [InlineData("init(from decoder: Decoder) throws { value = 0 }")]
    [InlineData("public init(from decoder: any Decoder) throws { value = 0 }")]
    [InlineData("func encode(to encoder: Encoder) throws { }")]
    [InlineData("public func encode(to encoder: any Encoder) throws { }")]
    [InlineData("init(from decoder: Decoder) throws { value = 0 }\n    func encode(to encoder: Encoder) throws { }")]
    [InlineData("func encode(to encoder: Encoder) throws { }\n    init(from decoder: Decoder) throws { value = 0 }")]
    public void OwnInitFromOrEncodeTo_ReplacesTheSynthesizedCodable(string members)
    {
        var module = Read("struct State: Codable {\n    var value: Int\n    " + members + "\n}");

        module.TopLevel["State"].HasCustomCodable.Should().BeTrue();
        module.TopLevel["State"].Properties.Select(p => p.Name).Should().Equal("value");
    }

    [Theory]
    [InlineData("init(value: Int) { self.value = value }")]
    [InlineData("init() { value = 0 }")]
    [InlineData("func describe() -> String { \"\" }")]
    [InlineData("func send(to recipient: String) { }")]
    [InlineData("func encode(into container: inout [Int]) { }")]
    [InlineData("func encoded(to encoder: Encoder) { }")]
    [InlineData("func decode(from decoder: Decoder) { }")]
    public void OtherInitializersAndFunctions_KeepTheSynthesizedCodable(string members)
    {
        var module = Read("struct State: Codable {\n    var value: Int\n    " + members + "\n}");

        module.TopLevel["State"].HasCustomCodable.Should().BeFalse();
        module.TopLevel["State"].Properties.Select(p => p.Name).Should().Equal("value");
    }

    [Fact]
    public void OwnEncodeTo_InAnExtension_ReplacesTheSynthesizedCodable()
    {
        var module = Read("""
            struct State: Codable { var value: Int }
            extension State {
                func encode(to encoder: Encoder) throws { }
            }
            """);

        module.TopLevel["State"].HasCustomCodable.Should().BeTrue();
    }

    [Fact]
    public void ProtocolRequirement_IsNotACustomCodable()
    {
        var module = Read("""
            protocol Wire: Codable {
                init(from decoder: Decoder) throws
                func encode(to encoder: Encoder) throws
            }
            """);

        module.TopLevel["Wire"].HasCustomCodable.Should().BeFalse();
    }
}
