// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;
using Insider.LiveActivity.Tool.Composition;

namespace Insider.LiveActivity.Tool.Send;

/// <summary>Reads the <c>--state</c> file: one JSON object, the <c>content_state</c> sent as is.</summary>
internal static class StateFile
{
    /// <summary>The object in <paramref name="path"/>; <see cref="ToolUsageException"/> when the file is missing or not a JSON object.</summary>
    public static Task<JsonObject> ReadAsync(string path, CancellationToken cancellationToken) =>
        JsonObjectFile.ReadAsync(path, "state file", "the content_state", cancellationToken);
}
