// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's push content (the same <see cref="JsonObject"/> content state the SDK sends).</summary>
public sealed record RawContent(string? Title, string? Message, JsonObject ContentState);
