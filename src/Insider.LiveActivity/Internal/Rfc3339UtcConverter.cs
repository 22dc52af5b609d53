// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// Writes a <see cref="DateTimeOffset"/> as an RFC 3339 UTC timestamp (<c>2026-05-20T14:30:00Z</c>), with a
/// fraction of a second only when there is one, so that the instant is never rounded towards a bound.
/// </summary>
internal sealed class Rfc3339UtcConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
#if NET6_0_OR_GREATER
        // Formatted on the stack: no string per request.
        Span<char> text = stackalloc char[32];
        var utc = value.UtcDateTime;
        if (utc.TryFormat(text, out var written, FormatOf(utc), CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(text.Slice(0, written));
            return;
        }
#endif
        writer.WriteStringValue(Format(value));
    }

    public static string Format(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return utc.ToString(FormatOf(utc), CultureInfo.InvariantCulture);
    }

    private static string FormatOf(DateTime utc) =>
        utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
}
