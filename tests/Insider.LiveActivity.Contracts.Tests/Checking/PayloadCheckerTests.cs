// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>Each rule of swift-wire-format.md ("Values, type by type") judged on a raw payload.</summary>
public sealed class PayloadCheckerTests
{
    private static readonly SwiftContract Contract = SwiftContract.Parse("""
        enum Level: Int, Codable { case low = 1, mid, high = 10 }
        struct KitchenSinkAttributes: ActivityAttributes {
            struct ContentState: Codable, Hashable {
                var name: String
                var count: Int
                var small: Int16
                var ratio: Double
                var done: Bool
                var at: Date
                var status: Status
                var level: Level
                var note: String?
                var tags: [String]
                var scores: [String: Int]
                var byId: [Int: String]
                var link: URL
                var id: UUID
                var blob: Data
                var window: ClosedRange<Date>
                var mode: Mode
                var child: Child
                enum Status: String, Codable, Hashable { case inTransit = "in_transit", delivered }
                enum Mode: Codable, Hashable { case paused; case running(endTime: Date); case lap(Int) }
                struct Child: Codable, Hashable { var x: Int; var y: Int? }
            }
            var owner: String
        }
        """);

    private static JsonObject Valid() => Json.Object("""
        {"name":"n","count":3,"small":-5,"ratio":0.5,"done":true,"at":800980200,"status":"in_transit","level":2,
         "tags":["a"],"scores":{"a":1},"byId":{"7":"x"},"link":"https://example.com/a","id":"E621E1F8-C36C-495A-93FC-0C247A3E6E5F",
         "blob":"AQID","window":[800980200,800983800],"mode":{"running":{"endTime":800980200}},"child":{"x":1}}
        """);

    private static ContractReport CheckWith(string key, JsonNode? value)
    {
        var state = Valid();
        state[key] = value;
        return Contract.Check("KitchenSinkAttributes", state);
    }

    [Fact]
    public void Check_ValidPayload_IsCompatibleWithoutProblems()
    {
        var report = Contract.Check("KitchenSinkAttributes", Valid(), Json.Object("""{"owner":"me"}"""));

        report.IsCompatible.Should().BeTrue(report.ToString());
        report.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("count", "\"3\"")]
    [InlineData("count", "3.5")]
    [InlineData("small", "40000")]
    [InlineData("name", "5")]
    [InlineData("done", "1")]
    [InlineData("done", "\"true\"")]
    [InlineData("ratio", "\"0.5\"")]
    [InlineData("at", "\"2026-05-20T14:30:00Z\"")]
    [InlineData("at", "1779287400")]
    [InlineData("at", "1779287400000")]
    [InlineData("tags", "\"a\"")]
    [InlineData("scores", "[1]")]
    [InlineData("byId", "{\"seven\":\"x\"}")]
    [InlineData("link", "\"not a url\"")]
    [InlineData("id", "\"1234\"")]
    [InlineData("blob", "\"***\"")]
    [InlineData("window", "[800983800,800980200]")]
    [InlineData("window", "[800980200]")]
    [InlineData("mode", "{\"paused\":{},\"running\":{}}")]
    [InlineData("mode", "\"paused\"")]
    [InlineData("child", "[]")]
    public void Check_WrongValue_IsTypeMismatchError(string key, string json)
    {
        var report = CheckWith(key, JsonNode.Parse(json));

        report.IsCompatible.Should().BeFalse();
        report.Problems.Should().ContainSingle().Which.Should().Match<ContractProblem>(p =>
            p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path.StartsWith("content_state." + key));
    }

    [Fact]
    public void Check_IsoDate_MessageSaysTheNumberToSend()
    {
        var problem = CheckWith("at", "2026-05-20T14:30:00Z").Problems.Single();

        problem.Message.Should().Contain("seconds since 2001-01-01T00:00:00Z").And.Contain("Send 800980200 instead");
    }

    [Fact]
    public void Check_UnixSecondsDate_MessageSaysItLandsLate()
    {
        var problem = CheckWith("at", 1779287400).Problems.Single();

        problem.Message.Should().Contain("Unix seconds").And.Contain("2057-05-20T14:30:00Z").And.Contain("800980200");
    }

    [Fact]
    public void Check_WholeNumberWithFraction_ForInt_IsOnlyAWarning()
    {
        var report = CheckWith("count", JsonNode.Parse("3.0"));

        report.IsCompatible.Should().BeTrue();
        report.Problems.Should().ContainSingle().Which.Severity.Should().Be(ContractSeverity.Warning);
    }

    [Theory]
    [InlineData("status", "\"InTransit\"", "\"in_transit\"")]
    [InlineData("status", "\"in-transit\"", "\"in_transit\"")]
    [InlineData("level", "3", "1, 2, 10")]
    public void Check_EnumValueNotARawValue_IsInvalidEnumValueListingTheAccepted(string key, string json, string expected)
    {
        var problem = CheckWith(key, JsonNode.Parse(json)).Problems.Should().ContainSingle().Subject;

        problem.Kind.Should().Be(ContractProblemKind.InvalidEnumValue);
        problem.Message.Should().Contain(expected);
    }

    [Fact]
    public void Check_EnumWithAssociatedValues_ChecksCaseAndPayload()
    {
        CheckWith("mode", JsonNode.Parse("""{"paused":{}}""")).IsCompatible.Should().BeTrue();
        CheckWith("mode", JsonNode.Parse("""{"lap":{"_0":3}}""")).IsCompatible.Should().BeTrue();
        CheckWith("mode", JsonNode.Parse("""{"stopped":{}}""")).Problems.Single().Kind.Should().Be(ContractProblemKind.InvalidEnumValue);
        CheckWith("mode", JsonNode.Parse("""{"running":{}}""")).Problems.Single().Path.Should().Be("content_state.mode.running.endTime");
    }

    [Fact]
    public void Check_MissingRequiredKey_IsErrorWithPathAndAdvice()
    {
        var state = Valid();
        state.Remove("count");

        var problem = Contract.Check("KitchenSinkAttributes", state).Problems.Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.MissingRequiredKey && p.Path == "content_state.count" && p.Severity == ContractSeverity.Error);
        problem.Message.Should().Contain("\"count\"").And.Contain("Int?");
    }

    [Fact]
    public void Check_NullForNonOptional_IsError_NullForOptional_IsWarning()
    {
        CheckWith("count", null).Problems.Single().Kind.Should().Be(ContractProblemKind.NullForNonOptional);

        var optional = CheckWith("note", null);
        optional.IsCompatible.Should().BeTrue();
        optional.Problems.Single().Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.NullForOptional && p.Severity == ContractSeverity.Warning);
    }

    [Fact]
    public void Check_ExtraKey_IsWarningSuggestingTheNearMiss()
    {
        var state = Valid();
        state["Count"] = 3;

        var report = Contract.Check("KitchenSinkAttributes", state);

        report.IsCompatible.Should().BeTrue();
        var problem = report.Problems.Single();
        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.ExtraKey && p.Severity == ContractSeverity.Warning && p.Path == "content_state.Count");
        problem.Message.Should().Contain("Did you mean \"count\"?");
    }

    [Fact]
    public void Check_ContentStateOver4KB_IsPayloadTooLarge()
    {
        var report = CheckWith("name", new string('x', 4200));

        report.Problems.Should().ContainSingle().Which.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.PayloadTooLarge && p.Path == "content_state");
    }

    [Fact]
    public void Check_UnknownActivityType_NamesTheNearMiss()
    {
        var report = Contract.Check("kitchenSinkAttributes", Valid());

        var problem = report.Problems.Should().ContainSingle().Subject;
        problem.Kind.Should().Be(ContractProblemKind.UnknownActivityType);
        problem.Message.Should().Contain("Did you mean \"KitchenSinkAttributes\"?");
    }

    [Fact]
    public void Check_Attributes_AreJudgedOnlyWhenGiven()
    {
        Contract.Check("KitchenSinkAttributes", Valid()).IsCompatible.Should().BeTrue();

        var report = Contract.Check("KitchenSinkAttributes", Valid(), []);

        report.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.MissingRequiredKey && p.Path == "attributes.owner");
    }

    [Fact]
    public void Check_UndeclaredType_IsUnverifiableWarningNotAGuess()
    {
        var contract = SwiftContract.Parse("""
            struct ExternalAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var money: Money }
            }
            """);

        var report = contract.Check("ExternalAttributes", Json.Object("""{"money":"anything"}"""));

        report.IsCompatible.Should().BeTrue();
        report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ContractProblemKind.Unverifiable);
    }

    [Fact]
    public void Check_NullArguments_Throw()
    {
        var act1 = () => Contract.Check(null!, []);
        var act2 = () => Contract.Check("x", null!);

        act1.Should().Throw<ArgumentNullException>();
        act2.Should().Throw<ArgumentNullException>();
    }
}
