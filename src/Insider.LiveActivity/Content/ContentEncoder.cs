// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>Encodes a content state or attributes value into the <see cref="JsonObject"/> the request carries, and checks it first.</summary>
internal static class ContentEncoder
{
    /// <summary>Apple's limit for an encoded <c>ContentState</c> (and for the whole APNs payload): 4 KB.</summary>
    public const int MaxContentStateBytes = 4096;

    public static JsonObject Encode<T>(T value, JsonTypeInfo<T> typeInfo, string what, bool checkSize, LiveActivityEndpoint? endpoint, string? activityId)
    {
        byte[] utf8;
        try
        {
            utf8 = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        }
        catch (JsonException exception)
        {
            throw Fail(LiveActivityErrorCodes.ValidationFailed, $"{what} cannot be encoded for Swift's decoder at {exception.Path ?? "$"}: {exception.Message}", endpoint, activityId, exception);
        }
        catch (ArgumentException exception)
        {
            // Utf8JsonWriter refuses NaN and ±Infinity: Swift's JSONEncoder cannot encode them either.
            throw Fail(LiveActivityErrorCodes.ValidationFailed, $"{what} holds a number JSON cannot carry (NaN or ±Infinity): {exception.Message}", endpoint, activityId, exception);
        }

        if (checkSize && utf8.Length > MaxContentStateBytes)
        {
            throw Fail(LiveActivityErrorCodes.ContentStateTooLarge, $"{what} encodes to {utf8.Length:N0} bytes; Apple allows at most {MaxContentStateBytes:N0}.", endpoint, activityId, null);
        }

        return JsonNode.Parse(utf8) as JsonObject
            ?? throw Fail(LiveActivityErrorCodes.ValidationFailed, $"{what} must encode to a JSON object (a Swift struct), not {(utf8.Length > 0 && utf8[0] == (byte)'[' ? "an array" : "a scalar")}.", endpoint, activityId, null);
    }

    private static LiveActivityValidationException Fail(string code, string message, LiveActivityEndpoint? endpoint, string? activityId, Exception? inner)
    {
        var where = endpoint is { } e ? $"rejected by the client before sending {e.DisplayName()}" : "rejected by the client";
        return new($"{message} ({code}, {where})", inner)
        {
            ErrorCode = code,
            Endpoint = endpoint,
            ActivityId = activityId,
            Attempts = 0,
            IsSafeToRetry = false,
        };
    }
}
