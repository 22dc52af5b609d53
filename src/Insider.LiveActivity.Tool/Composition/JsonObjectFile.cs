// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Tool.Composition;

/// <summary>Reads a local file that must hold one JSON object (a <c>content_state</c>, an <c>attributes</c> object).</summary>
internal static class JsonObjectFile
{
    /// <summary>
    /// The object in <paramref name="path"/>; <see cref="ToolUsageException"/> when the file is missing, not JSON, or not an object.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="fileName">What the file is, for messages: <c>state file</c>, <c>payload file</c>.</param>
    /// <param name="holds">What the object stands for, for messages: <c>the content_state</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<JsonObject> ReadAsync(string path, string fileName, string holds, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ToolUsageException($"The {fileName} '{path}' does not exist.");
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
                throw new ToolUsageException($"The {fileName} '{path}' is not valid JSON: {exception.Message}", exception);
            }
        }

        return node as JsonObject
            ?? throw new ToolUsageException($"The {fileName} '{path}' must hold a JSON object ({holds}), not {Describe(node)}.");
    }

    private static string Describe(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();
}
