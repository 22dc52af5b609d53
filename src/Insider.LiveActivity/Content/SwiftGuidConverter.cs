// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>Writes a <see cref="Guid"/> as Swift writes a <c>UUID</c>: the uppercase 8-4-4-4-12 string. Reads either case.</summary>
internal sealed class SwiftGuidConverter : JsonConverter<Guid>
{
    public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value)
            ? value
            : throw new JsonException("Expected a UUID string (8-4-4-4-12 hex digits).");

    public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options)
    {
#if NET8_0_OR_GREATER
        Span<char> text = stackalloc char[36];
        value.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }

        writer.WriteStringValue(text);
#else
        writer.WriteStringValue(value.ToString("D").ToUpperInvariant());
#endif
    }
}
