// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>Semantic JSON comparison: property order and whitespace do not matter.</summary>
public static class JsonAssert
{
    public static void Equivalent(string actual, string expected)
    {
        var actualNode = JsonNode.Parse(actual);
        var expectedNode = JsonNode.Parse(expected);

        JsonNode.DeepEquals(actualNode, expectedNode).Should().BeTrue(
            "the body sent should be {0} but was {1}", expectedNode?.ToJsonString(), actualNode?.ToJsonString());
    }
}
