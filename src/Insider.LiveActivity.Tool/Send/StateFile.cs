// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using Insider.LiveActivity.Tool.Composition;

namespace Insider.LiveActivity.Tool.Send;

/// <summary>Reads the <c>--state</c> file: one JSON object, the <c>content_state</c> sent as is.</summary>
internal static class StateFile
{
    /// <summary>The object in <paramref name="path"/>; <see cref="ToolUsageException"/> when the file is missing or not a JSON object.</summary>
    public static async Task<JsonObject> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ToolUsageException($"The state file '{path}' does not exist.");
        }

        JsonNode? node;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                node = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw new ToolUsageException($"The state file '{path}' is not valid JSON: {exception.Message}", exception);
            }
        }

        return node as JsonObject
            ?? throw new ToolUsageException($"The state file '{path}' must hold a JSON object (the content_state), not {Describe(node)}.");
    }

    private static string Describe(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();
}
