// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>
/// A payload is checked down to 32 levels (a content-state key is level 1); deeper, the check stops with one warning at the
/// first level not checked, whatever nests: arrays, dictionaries, struct fields, enum payloads.
/// </summary>
public sealed class NestingDepthRulesTests
{
    private const string DeeperThan32 = "The payload nests deeper than 32 levels; the rest was not checked.";

    private static List<ContractProblem> Check(string swiftType, JsonNode value)
    {
        // Parsed in the test (not in a static field) so that mutation testing attributes the checker's code to this test.
        var contract = SwiftContract.Parse($$"""
            final class Node: Codable { var next: Node?; var v: Int? }
            indirect enum Tree: Codable { case leaf(Int); case node(Tree) }
            struct DeepAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var value: {{swiftType}} }
            }
            """);
        return contract.Check("DeepAttributes", new JsonObject { ["value"] = value }).Problems.ToList();
    }

    /// <summary><paramref name="containers"/> arrays (or dictionaries) around an Int, and a payload of that shape whose innermost value is a string.</summary>
    private static (string Swift, JsonNode Payload, string InnerPath) Containers(int containers, bool dictionaries)
    {
        var swift = "Int";
        JsonNode payload = JsonValue.Create("x");
        var path = string.Empty;
        for (var i = 0; i < containers; i++)
        {
            swift = dictionaries ? $"[String: {swift}]" : $"[{swift}]";
            payload = dictionaries ? new JsonObject { ["k"] = payload } : new JsonArray(payload);
            path += dictionaries ? ".k" : "[0]";
        }

        return (swift, payload, "content_state.value" + path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_ValueAtLevel32_IsChecked(bool dictionaries)
    {
        // The key is level 1: 31 containers put the Int at level 32.
        var (swift, payload, path) = Containers(31, dictionaries);

        Check(swift, payload).Should().ContainSingle().Which.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_ValueAtLevel33_IsNotCheckedAndWarnsOnce(bool dictionaries)
    {
        var (swift, payload, path) = Containers(32, dictionaries);

        var problem = Check(swift, payload).Should().ContainSingle().Subject;

        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.Unverifiable && p.Severity == ContractSeverity.Warning && p.Path == path);
        problem.Message.Should().Be(DeeperThan32);
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(32, true)]
    public void Check_StructFieldsNestedBeyond32Levels_StopWithAWarning(int nodes, bool beyond)
    {
        // value is node 1 (level 1), each "next" one level deeper; the innermost node's "v" is one level below it.
        JsonNode node = new JsonObject { ["v"] = "x" };
        var path = "content_state.value";
        for (var i = 1; i < nodes; i++)
        {
            node = new JsonObject { ["next"] = node };
            path += ".next";
        }

        var problem = Check("Node", node).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path + ".v");
        problem.Kind.Should().Be(beyond ? ContractProblemKind.Unverifiable : ContractProblemKind.TypeMismatch);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void Check_EnumPayloadsNestedBeyond32Levels_StopWithAWarning(int cases, bool beyond)
    {
        // value is level 1; each case's payload object is one level deeper and its "_0" one more.
        JsonNode tree = new JsonObject { ["leaf"] = new JsonObject { ["_0"] = "x" } };
        var path = "content_state.value";
        for (var i = 0; i < cases; i++)
        {
            tree = new JsonObject { ["node"] = new JsonObject { ["_0"] = tree } };
            path += ".node._0";
        }

        var problem = Check("Tree", tree).Should().ContainSingle().Subject;

        problem.Path.Should().Be(path + ".leaf._0");
        problem.Kind.Should().Be(beyond ? ContractProblemKind.Unverifiable : ContractProblemKind.TypeMismatch);
    }
}
