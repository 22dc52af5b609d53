// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// The rules of swift-wire-format.md ("Values, type by type") that the mutation run found unstated for a raw payload: the
/// generic spellings of arrays, dictionaries and ranges, type aliases, the integer range at its bounds, what each message says
/// the device needs, and the checks inside a range's bounds.
/// </summary>
public sealed class PayloadValueRulesTests
{
    private static readonly SwiftContract Contract = SwiftContract.Parse("""
        typealias Minutes = Int
        struct RulesAttributes: ActivityAttributes {
            struct ContentState: Codable, Hashable {
                var eta: Minutes
                var names: Array<String>
                var scores: Dictionary<String, Int>
                var window: Range<Int>
                var small: Int16
                var text: String
                var ratio: Double
                var done: Bool
                var blob: Data
                var link: URL
                var id: UUID
                var at: Date
            }
            var insiderLiveActivityId: String
        }
        """);

    private static JsonObject Valid() => Json.Object("""
        {"eta":5,"names":["a"],"scores":{"a":1},"window":[1,2],"small":1,"text":"t","ratio":0.5,"done":false,
         "blob":"AQID","link":"https://example.com","id":"E621E1F8-C36C-495A-93FC-0C247A3E6E5F","at":800980200}
        """);

    private static JsonObject Attributes() => Json.Object("""{"insiderLiveActivityId":"x"}""");

    private static ContractProblem SingleProblem(string key, string json)
    {
        var state = Valid();
        state[key] = JsonNode.Parse(json);
        var report = Contract.Check("RulesAttributes", state, Attributes());
        return report.Problems.Should().ContainSingle(report.ToString()).Subject;
    }

    [Fact]
    public void Check_ValidPayload_HasNoProblem()
    {
        var report = Contract.Check("RulesAttributes", Valid(), Attributes());

        report.Problems.Should().BeEmpty(report.ToString());
    }

    [Theory]
    [InlineData("eta", "\"5\"", "content_state.eta")]
    [InlineData("names", "[5]", "content_state.names[0]")]
    [InlineData("names", "\"a\"", "content_state.names")]
    [InlineData("scores", "{\"a\":\"1\"}", "content_state.scores.a")]
    [InlineData("scores", "[1]", "content_state.scores")]
    [InlineData("window", "[\"1\",2]", "content_state.window[0]")]
    [InlineData("window", "[1,\"2\"]", "content_state.window[1]")]
    public void Check_GenericSpellingsAndAliases_AreCheckedLikeTheirShortForms(string key, string json, string path)
    {
        var problem = SingleProblem(key, json);

        problem.Kind.Should().Be(ContractProblemKind.TypeMismatch);
        problem.Severity.Should().Be(ContractSeverity.Error);
        problem.Path.Should().Be(path);
    }

    [Theory]
    [InlineData("32767")]
    [InlineData("-32768")]
    public void Check_IntegerAtTheEdgeOfItsSwiftRange_IsAccepted(string json)
    {
        var state = Valid();
        state["small"] = JsonNode.Parse(json);

        Contract.Check("RulesAttributes", state, Attributes()).Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("32768")]
    [InlineData("-32769")]
    public void Check_IntegerJustOutsideItsSwiftRange_NamesTheRangeAndTheFix(string json)
    {
        var problem = SingleProblem("small", json);

        problem.Severity.Should().Be(ContractSeverity.Error);
        problem.Message.Should().Contain("outside the range of Swift 'Int16' (-32768…32767)").And.Contain("Send a smaller value or declare a wider Swift type");
    }

    [Theory]
    [InlineData("text", "5", "Swift 'String' needs a JSON string; the payload has the number 5.")]
    [InlineData("ratio", "\"0.5\"", "Swift 'Double' needs a JSON number")]
    [InlineData("done", "1", "Swift 'Bool' needs true or false")]
    [InlineData("blob", "\"***\"", "Swift 'Data' needs a base64 string")]
    [InlineData("link", "\"not a url\"", "Swift 'URL' needs an absolute URL string")]
    [InlineData("id", "\"1234\"", "Swift 'UUID' needs a UUID string (8-4-4-4-12 hex digits)")]
    [InlineData("small", "\"1\"", "Swift 'Int16' needs a JSON integer (without quotes)")]
    [InlineData("at", "true", "Swift 'Date' needs a number of seconds since 2001-01-01T00:00:00Z")]
    [InlineData("window", "[1]", "Swift 'Range<Int>' needs a two-element array [lower, upper]")]
    public void Check_WrongValue_MessageSaysWhatTheDeviceDecodes(string key, string json, string expected)
    {
        SingleProblem(key, json).Message.Should().Contain(expected);
    }

    [Fact]
    public void Check_IntegerSentAsBoolean_DoesNotSuggestRemovingQuotes()
    {
        SingleProblem("small", "true").Message.Should().Contain("needs a JSON integer;").And.NotContain("quotes");
    }

    [Fact]
    public void Check_DateAsUnparseableString_SaysNumberWithoutSuggestingOne()
    {
        var problem = SingleProblem("at", "\"soon\"");

        problem.Message.Should().EndWith("not from a string; the payload has \"soon\".");
    }

    [Fact]
    public void Check_DateInUnixSeconds_StartsWithTheReferenceDate()
    {
        SingleProblem("at", "1779287400").Message.Should().StartWith("Swift 'Date' counts seconds since 2001-01-01T00:00:00Z. ");
    }

    [Fact]
    public void Check_LongBase64Data_IsAccepted()
    {
        var state = Valid();
        state["blob"] = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

        Contract.Check("RulesAttributes", state, Attributes()).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_VendorFieldOfAPlainActivityAttributes_IsAnOrdinaryRequiredAttribute()
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the reader's code to this test.
        var contract = SwiftContract.Parse("""
            struct PlainAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var n: Int }
                var insiderLiveActivityId: String
            }
            """);

        var report = contract.Check("PlainAttributes", Json.Object("""{"n":1}"""), Json.Object("{}"));

        report.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.MissingRequiredKey && p.Path == "attributes.insiderLiveActivityId");
    }

    [Fact]
    public void Check_IntCodingKeys_UseTheCaseNamesAsKeys()
    {
        var contract = SwiftContract.Parse("""
            struct IntKeyedAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var name: String
                    var count: Int
                    enum CodingKeys: Int, CodingKey { case name = 1, count = 2 }
                }
            }
            """);

        contract.Check("IntKeyedAttributes", Json.Object("""{"name":"n","count":1}""")).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_CodingKeysCaseWithoutRawValue_KeepsTheCaseName()
    {
        var contract = SwiftContract.Parse("""
            struct KeyedAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var name: String
                    var countdownEnd: Int
                    enum CodingKeys: String, CodingKey { case name, countdownEnd = "countdown_end" }
                }
            }
            """);

        contract.Check("KeyedAttributes", Json.Object("""{"name":"n","countdown_end":1}""")).Problems.Should().BeEmpty();
        contract.Check("KeyedAttributes", Json.Object("""{"countdown_end":1}""")).Problems.Should()
            .ContainSingle(p => p.Kind == ContractProblemKind.MissingRequiredKey && p.Path == "content_state.name");
    }

    [Theory]
    [InlineData("Box<Int>")]
    [InlineData("Either<Int, String>")]
    [InlineData("Ping")]
    public void Check_TypeThatIsNotDeclaredOrNeverResolves_IsUnverifiableNotAGuess(string swiftType)
    {
        var contract = SwiftContract.Parse($$"""
            typealias Ping = Pong
            typealias Pong = Ping
            struct OpenAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value: {{swiftType}} }
            }
            """);

        var report = contract.Check("OpenAttributes", Json.Object("""{"value":[1,2]}"""));

        report.Problems.Should().ContainSingle().Which.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.Unverifiable && p.Severity == ContractSeverity.Warning);
        report.IsCompatible.Should().BeTrue();
    }
}
