// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Insider.LiveActivity.Testing;

/// <content>Field validation, in the documented order.</content>
internal sealed partial class EmulatorEngine
{
    private static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(7);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Rfc3339();

    private EmulatorResponse? Validate(EmulatorEndpoint endpoint, JsonObject body, DateTimeOffset now, out ParsedCall call)
    {
        call = new ParsedCall();
        var segment = endpoint is EmulatorEndpoint.Register or EmulatorEndpoint.AddUsers or EmulatorEndpoint.RemoveUsers;

        if (ReadText(body["activity_type"]) is not { } activityType)
        {
            // The code table lists ACTIVITY_TYPE_REQUIRED for register/start/update/end only.
            var code = endpoint is EmulatorEndpoint.AddUsers or EmulatorEndpoint.RemoveUsers ? ErrorCodes.ValidationFailed : ErrorCodes.ActivityTypeRequired;
            return EmulatorResponse.Error(400, code, "activity_type cannot be empty or whitespace-only");
        }

        call.ActivityType = activityType;

        if (endpoint != EmulatorEndpoint.Register)
        {
            if (ReadText(body["activity_id"]) is not { } activityId)
            {
                return EmulatorResponse.Error(400, ErrorCodes.ActivityIdRequired, "activity_id cannot be empty or whitespace-only");
            }

            call.ActivityId = activityId;
        }

        if (segment)
        {
            if (ValidateInsiderIds(body["insider_ids"], call) is { } idsError)
            {
                return idsError;
            }
        }

        if (endpoint == EmulatorEndpoint.Register)
        {
            return ValidateEndsAt(body["ends_at"], now, call);
        }

        return segment ? null : ValidatePushBody(endpoint, body, call);
    }

    private EmulatorResponse? ValidateInsiderIds(JsonNode? node, ParsedCall call)
    {
        if (node is not JsonArray array || array.Count == 0 || array.Count > _maxInsiderIds)
        {
            return EmulatorResponse.Error(
                400,
                ErrorCodes.InsiderIdsOutOfRange,
                string.Format(CultureInfo.InvariantCulture, "insider_ids must contain between 1 and {0:N0} elements", _maxInsiderIds));
        }

        var ids = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (ReadText(item) is not { } id)
            {
                return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "insider_ids cannot contain empty or non-string values");
            }

            ids.Add(id);
        }

        call.InsiderIds = ids;
        return null;
    }

    private static EmulatorResponse? ValidateEndsAt(JsonNode? node, DateTimeOffset now, ParsedCall call)
    {
        if (ReadText(node) is not { } text
            || !Rfc3339().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var endsAt))
        {
            return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "ends_at must be a valid RFC 3339 timestamp");
        }

        var lifetime = endsAt - now;
        if (lifetime <= TimeSpan.Zero)
        {
            return EmulatorResponse.Error(400, ErrorCodes.EndsAtInPast, "ends_at must be in the future");
        }

        if (lifetime < MinLifetime)
        {
            return EmulatorResponse.Error(400, ErrorCodes.EndsAtTooSoon, "ends_at must be at least 5 minutes from now");
        }

        if (lifetime > MaxLifetime)
        {
            return EmulatorResponse.Error(400, ErrorCodes.EndsAtTooFar, "ends_at must be at most 7 days from now");
        }

        call.EndsAt = endsAt;
        return null;
    }

    private static EmulatorResponse? ValidatePushBody(EmulatorEndpoint endpoint, JsonObject body, ParsedCall call)
    {
        if (body["content"] is not JsonObject content)
        {
            return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "content is required and must be an object");
        }

        if (content["content_state"] is not JsonObject)
        {
            return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "content.content_state is required and must be an object");
        }

        if (endpoint == EmulatorEndpoint.Start)
        {
            if (ReadText(content["title"]) is null)
            {
                return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "content.title is required");
            }

            if (ReadText(content["message"]) is null)
            {
                return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "content.message is required");
            }
        }

        if (content["attributes"] is { } attributes && attributes is not JsonObject)
        {
            return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "content.attributes must be an object");
        }

        call.Content = content;
        switch (body["target_devices"])
        {
            case null:
                return null;
            case JsonArray { Count: 0 }:
                return null;
            case JsonArray targets:
                var pairs = new List<(string, string)>(targets.Count);
                foreach (var target in targets)
                {
                    if (target is not JsonObject pair || ReadText(pair["insider_id"]) is not { } insiderId || ReadText(pair["udid"]) is not { } udid)
                    {
                        return EmulatorResponse.Error(400, ErrorCodes.TargetDevicesInvalid, "target_devices entries must have a non-empty insider_id and udid");
                    }

                    pairs.Add((insiderId, udid));
                }

                call.Targets = pairs;
                return null;
            default:
                return EmulatorResponse.Error(400, ErrorCodes.ValidationFailed, "target_devices must be an array");
        }
    }

    /// <summary>Returns the string value of <paramref name="node"/>, or <see langword="null"/> when missing, not a string, empty or whitespace.</summary>
    private static string? ReadText(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;
}
