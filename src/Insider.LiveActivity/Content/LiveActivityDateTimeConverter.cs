// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// Writes a <see cref="DateTime"/> as a Swift <c>Date</c> expects it (by default seconds since 2001-01-01T00:00:00Z) and reads it back with
/// <see cref="DateTimeKind.Utc"/>. A <see cref="DateTimeKind.Local"/> value is converted to UTC; <see cref="DateTimeKind.Unspecified"/> is refused,
/// because it names no instant.
/// </summary>
public sealed class LiveActivityDateTimeConverter : JsonConverter<DateTime>, ILiveActivityDateConverter
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityDateTimeConverter"/> class.</summary>
    /// <param name="format">The form written and read.</param>
    public LiveActivityDateTimeConverter(LiveActivityDateFormat format = LiveActivityDateFormat.ReferenceDateSeconds) => Format = format;

    /// <summary>Gets the form written and read.</summary>
    public LiveActivityDateFormat Format { get; }

    /// <inheritdoc/>
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(SwiftDates.Read(ref reader, Format), DateTimeKind.Utc);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        SwiftDates.Write(writer, SwiftDates.UtcTicksOf(value), Format);
    }
}
