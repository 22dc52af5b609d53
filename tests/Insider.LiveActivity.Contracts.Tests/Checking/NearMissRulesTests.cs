// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// When a message suggests the name that was probably meant ("Did you mean …?"): case, underscores and hyphens do not count;
/// up to 2 edits (or a quarter of the name's length, when longer) are a near miss; further away, nothing is suggested; between
/// equally near candidates, the first declared wins. And the hint that keys are case-sensitive.
/// </summary>
public sealed class NearMissRulesTests
{
    private static ContractReport CheckExtraKey(string declaredKeys, string sentKey)
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the checker's code to this test.
        var fields = string.Join("; ", declaredKeys.Split(',').Select(k => $"var {k}: Int?"));
        var contract = SwiftContract.Parse($$"""
            struct NearAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { {{fields}} }
            }
            """);
        var state = new JsonObject { [sentKey] = 1 };
        return contract.Check("NearAttributes", state);
    }

    private static string ExtraKeyMessage(string declaredKeys, string sentKey) =>
        CheckExtraKey(declaredKeys, sentKey).Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.ExtraKey).Subject.Message;

    [Theory]
    [InlineData("name", "Name")]
    [InlineData("name", "nam")]
    [InlineData("name", "nmae")]
    [InlineData("aToBViaC", "a_to_b_via_c")]
    [InlineData("aToBViaC", "a-to-b-via-c")]
    [InlineData("countdownEndDate", "countdwnEdDte")]
    public void Check_KeyWithinTheNearMissDistance_SuggestsTheDeclaredKey(string declared, string sent)
    {
        ExtraKeyMessage(declared, sent).Should().Contain($" Did you mean \"{declared}\"? Remove it or fix its spelling.");
    }

    [Theory]
    [InlineData("name", "x")]
    [InlineData("name", "zzzz")]
    [InlineData("name", "namexyz")]
    [InlineData("countdownEndDate", "countdwnEdDt")]
    public void Check_KeyBeyondTheNearMissDistance_SuggestsNothing(string declared, string sent)
    {
        ExtraKeyMessage(declared, sent).Should().Be($"The Swift type declares no key \"{sent}\"; the device ignores it. Remove it or fix its spelling.");
    }

    [Fact]
    public void Check_KeyEquallyNearToTwoDeclaredKeys_SuggestsTheFirstDeclared()
    {
        ExtraKeyMessage("cat,car", "cax").Should().Contain("Did you mean \"cat\"?");
        ExtraKeyMessage("car,cat", "cax").Should().Contain("Did you mean \"car\"?");
    }

    [Fact]
    public void Check_RawValueWithTwoLettersSwapped_SuggestsTheRawValueWithoutCountingItsQuotes()
    {
        var contract = SwiftContract.Parse("""
            enum Phase: String, Codable { case active, paused }
            struct PhaseAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var phase: Phase }
            }
            """);

        var report = contract.Check("PhaseAttributes", Json.Object("""{"phase":"pasued"}"""));

        report.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "\"pasued\" is not a raw value of Swift enum 'Phase'; the device accepts exactly (case-sensitive): \"active\", \"paused\". Did you mean \"paused\"?");
    }

    [Fact]
    public void Check_RequiredKeySentInAnotherCase_SaysKeysAreCaseSensitive()
    {
        var contract = SwiftContract.Parse("""
            struct CaseAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var count: Int }
            }
            """);

        var report = contract.Check("CaseAttributes", Json.Object("""{"Count":1}"""));

        report.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.MissingRequiredKey).Which.Message.Should().Be(
            "The device requires the key \"count\" (Swift 'count: Int' is not optional; a default value does not make it optional)." +
            " The payload has \"Count\": keys are case-sensitive. Send it, or declare it 'Int?' in Swift.");
    }

    [Fact]
    public void Check_RequiredKeyMissingInEveryCase_HasNoCaseSensitivityHint()
    {
        var contract = SwiftContract.Parse("""
            struct CaseAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var count: Int; var other: Int? }
            }
            """);

        var report = contract.Check("CaseAttributes", Json.Object("""{"other":1}"""));

        report.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "The device requires the key \"count\" (Swift 'count: Int' is not optional; a default value does not make it optional). Send it, or declare it 'Int?' in Swift.");
    }
}
