// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// What a raw-payload mismatch says: the Swift type and the JSON it needs, then the value that was sent (its kind, and a long
/// string cut at 60 characters); an enum without raw type (swift-wire-format.md: <c>{"case":{…}}</c>) names its cases, the
/// wrong case and the object its payload needs; unlabelled associated values are <c>_0</c>, <c>_1</c>; a dictionary key that
/// is not an integer is reported once.
/// </summary>
public sealed class PayloadMessageRulesTests
{
    private static ContractProblem SingleProblem(string key, string json)
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the checker's code to this test.
        var contract = SwiftContract.Parse("""
            struct Child: Codable, Hashable { var x: Int }
            enum Mode: Codable, Hashable { case running(endTime: Date); case paused; case lap(Int) }
            enum Nothing: Codable, Hashable {}
            struct MessageAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var tags: [Int]?
                    var scores: [String: Int]?
                    var byId: [Int: String]?
                    var child: Child?
                    var mode: Mode?
                    var nothing: Nothing?
                    var count: Int?
                }
            }
            """);
        var state = new JsonObject { [key] = JsonNode.Parse(json) };
        var report = contract.Check("MessageAttributes", state);
        return report.Problems.Should().ContainSingle(report.ToString()).Subject;
    }

    [Theory]
    [InlineData("tags", "\"a\"", "Swift '[Int]' needs a JSON array; the payload has the string \"a\".")]
    [InlineData("tags", "true", "Swift '[Int]' needs a JSON array; the payload has the boolean true.")]
    [InlineData("tags", "{}", "Swift '[Int]' needs a JSON array; the payload has an object.")]
    [InlineData("tags", "5", "Swift '[Int]' needs a JSON array; the payload has the number 5.")]
    [InlineData("scores", "[]", "Swift '[String: Int]' needs a JSON object; the payload has an array.")]
    [InlineData("child", "5", "Swift 'Child' needs a JSON object; the payload has the number 5.")]
    public void Check_ValueOfTheWrongKind_SaysWhatSwiftNeedsAndWhatWasSent(string key, string json, string message)
    {
        var problem = SingleProblem(key, json);

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path == "content_state." + key);
        problem.Message.Should().Be(message);
    }

    [Fact]
    public void Check_SentStringOf58Characters_IsShownWhole()
    {
        var text = new string('a', 58);

        SingleProblem("tags", $"\"{text}\"").Message.Should().EndWith($"the payload has the string \"{text}\".");
    }

    [Fact]
    public void Check_SentStringLongerThan60CharactersQuoted_IsCutWithAnEllipsis()
    {
        var text = new string('a', 56) + "bcd";

        SingleProblem("tags", $"\"{text}\"").Message.Should().EndWith($"the payload has the string \"{new string('a', 56)}…\".");
    }

    [Fact]
    public void Check_EnumWithoutRawTypeSentAsAString_NamesTheCasesAndTheObjectToSend()
    {
        SingleProblem("mode", "\"paused\"").Message.Should().Be(
            "Swift enum 'Mode' has no raw type, so the device decodes an object with exactly one key, the case (one of running, paused, lap), " +
            "e.g. {\"running\":{}}; the payload has the string \"paused\".");
    }

    [Fact]
    public void Check_EnumWithoutCases_DecodesNoValue()
    {
        var problem = SingleProblem("nothing", "{}");

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path == "content_state.nothing");
        problem.Message.Should().Contain("Swift enum 'Nothing' has no raw type").And.EndWith("the payload has an object.");
    }

    [Fact]
    public void Check_UnknownCase_IsReportedAtTheCaseWithTheCasesTheDeviceAccepts()
    {
        var problem = SingleProblem("mode", """{"stopped":{}}""");

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.InvalidEnumValue && p.Path == "content_state.mode.stopped");
        problem.Message.Should().Be("\"stopped\" is not a case of Swift enum 'Mode'; the device accepts: running, paused, lap.");
    }

    [Theory]
    [InlineData("""{"lap":3}""", "the number 3")]
    [InlineData("""{"paused":null}""", "null")]
    [InlineData("""{"paused":"yes"}""", "the string \"yes\"")]
    public void Check_CasePayloadThatIsNotAnObject_SaysToSendAnObject(string json, string sent)
    {
        var problem = SingleProblem("mode", json);
        var @case = JsonNode.Parse(json)!.AsObject().Single().Key;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Severity == ContractSeverity.Error && p.Path == "content_state.mode." + @case);
        problem.Message.Should().Be($"The case '{@case}' of 'Mode' is decoded from an object (use {{}} when it has no associated values); the payload has {sent}.");
    }

    [Theory]
    [InlineData("""{"lap":{}}""", "content_state.mode.lap._0", "Swift '_0: Int' is not optional")]
    [InlineData("""{"running":{}}""", "content_state.mode.running.endTime", "Swift 'endTime: Date' is not optional")]
    public void Check_MissingAssociatedValue_IsNamedByItsLabelOrPosition(string json, string path, string message)
    {
        var problem = SingleProblem("mode", json);

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.MissingRequiredKey && p.Path == path);
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void Check_NonIntegerKeyOfAnIntKeyedDictionary_IsOneErrorAboutTheKeyNotItsValue()
    {
        var problem = SingleProblem("byId", """{"a":5}""");

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state.byId.a");
        problem.Message.Should().Be("Swift '[Int: String]' needs integer keys (written as strings, e.g. \"42\"); \"a\" is not one.");
    }
}
