// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>Writes a <see cref="Uri"/> as a Swift <c>URL</c> decodes it: an absolute URL string. A relative one is refused.</summary>
internal sealed class SwiftUriConverter : JsonConverter<Uri>
{
    public override Uri Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Uri.TryCreate(reader.GetString(), UriKind.Absolute, out var value) && HasScheme(value)
            ? value
            : throw new JsonException("Expected an absolute URL string.");

    public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options)
    {
        if (!value.IsAbsoluteUri || !HasScheme(value))
        {
            throw new JsonException($"The relative URL \"{value.OriginalString}\" cannot be decoded as a Swift URL: only absolute URLs are sent.");
        }

        writer.WriteStringValue(value.OriginalString);
    }

    /// <summary>Whether the text names its scheme: on Unix, .NET takes "/path" for an absolute file URI, which Swift reads as relative.</summary>
    private static bool HasScheme(Uri value) =>
        value.OriginalString.StartsWith(value.Scheme + ":", StringComparison.OrdinalIgnoreCase);
}
