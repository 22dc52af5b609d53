// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>A raw response: status, body text, parsed JSON (when any) and headers.</summary>
public sealed record ApiResult(HttpStatusCode Status, string Body, JsonNode? Json, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public string? Code => Json?["code"]?.GetValue<string>();

    public string? Error => Json?["error"]?.GetValue<string>();

    public int Int(string name) => Json![name]!.GetValue<int>();

    public int Skipped(string name) => Json!["skipped"]![name]!.GetValue<int>();

    public static async Task<ApiResult> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (body.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }

        return new ApiResult(response.StatusCode, body, json, response.Headers, response.Content.Headers);
    }
}
