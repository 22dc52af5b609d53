// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests;

internal static class Json
{
    public static JsonObject Object(string json) => JsonNode.Parse(json)!.AsObject();
}
