// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <summary>A request received by the emulator. The <c>X-Api-Key</c> value is never recorded.</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(
        DateTimeOffset timestamp,
        string method,
        string path,
        EmulatorEndpoint? endpoint,
        int statusCode,
        string body,
        string responseBody,
        bool connectionDropped)
    {
        Timestamp = timestamp;
        Method = method;
        Path = path;
        Endpoint = endpoint;
        StatusCode = statusCode;
        Body = body;
        ResponseBody = responseBody;
        ConnectionDropped = connectionDropped;
    }

    /// <summary>Gets the emulator time at which the request arrived.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the request path.</summary>
    public string Path { get; }

    /// <summary>Gets the endpoint, or <see langword="null"/> for an unknown path.</summary>
    public EmulatorEndpoint? Endpoint { get; }

    /// <summary>Gets the status code the emulator produced (also when the connection was then dropped; 0 when dropped before processing).</summary>
    public int StatusCode { get; }

    /// <summary>Gets the request body as UTF-8 text.</summary>
    public string Body { get; }

    /// <summary>Gets the response body as UTF-8 text (empty when there was none).</summary>
    public string ResponseBody { get; }

    /// <summary>Gets a value indicating whether the connection was aborted instead of delivering the response.</summary>
    public bool ConnectionDropped { get; }

    /// <summary>Parses <see cref="Body"/> as JSON.</summary>
    /// <returns>The parsed node, or <see langword="null"/> when the body is empty or not valid JSON.</returns>
    public JsonNode? ParseBody()
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
