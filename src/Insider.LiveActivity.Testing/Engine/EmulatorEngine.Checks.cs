// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <content>The documented order of checks after the API key: rate limit, key state, Content-Type, body, fields, then the endpoint.</content>
internal sealed partial class EmulatorEngine
{
    private EmulatorResponse Process(EmulatorEndpoint endpoint, string apiKey, EmulatorRequest request, int unprocessed)
    {
        var now = _time.GetUtcNow();
        if (_rateLimiter is not null && !_rateLimiter.TryAcquire(apiKey, request.Path, request.Method.ToUpperInvariant(), now))
        {
            return EmulatorResponse.Empty(429);
        }

        if (KeyStateError(_keys[apiKey]) is { } keyError)
        {
            return keyError;
        }

        if (!IsJsonContentType(request.ContentType))
        {
            return EmulatorResponse.Error(400, ErrorCodes.RequestInvalid, "Content-Type must be application/json");
        }

        JsonObject body;
        try
        {
            if (request.Body.Length == 0)
            {
                return EmulatorResponse.Error(400, ErrorCodes.RequestInvalid, "request body is empty");
            }

            if (JsonNode.Parse(request.Body) is not JsonObject parsed)
            {
                return EmulatorResponse.Error(400, ErrorCodes.RequestInvalid, "request body must be a JSON object");
            }

            body = parsed;
        }
        catch (JsonException)
        {
            return EmulatorResponse.Error(400, ErrorCodes.RequestInvalid, "request body is not valid JSON");
        }

        if (body.Count == 0)
        {
            return EmulatorResponse.Error(400, ErrorCodes.RequestInvalid, "request body is empty: at least one field is required");
        }

        if (Validate(endpoint, body, now, out var call) is { } invalid)
        {
            return invalid;
        }

        return endpoint switch
        {
            EmulatorEndpoint.Register => Register(call, now, unprocessed),
            EmulatorEndpoint.AddUsers or EmulatorEndpoint.RemoveUsers or EmulatorEndpoint.Start => WithRegistered(endpoint, call, now, unprocessed),
            _ => WithStarted(endpoint, call, now),
        };
    }

    private static EmulatorResponse? KeyStateError(ApiKeyState state) => state switch
    {
        ApiKeyState.Disabled => EmulatorResponse.Error(403, ErrorCodes.LiveActivityDisabled, "live activity product is disabled for this partner"),
        ApiKeyState.ApnsCertMissing => EmulatorResponse.Error(412, ErrorCodes.ApnsCertMissing, "apns certificate is missing"),
        ApiKeyState.ApnsCertTypeUnsupported => EmulatorResponse.Error(412, ErrorCodes.ApnsCertTypeUnsupported, "apns certificate type is not supported, use a .p8 key"),
        ApiKeyState.PartnerRequired => EmulatorResponse.Error(400, ErrorCodes.PartnerRequired, "partner could not be resolved"),
        ApiKeyState.AppNotFound => EmulatorResponse.Error(404, ErrorCodes.AppNotFound, "app not found"),
        _ => null,
    };

    private static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase);
    }
}
