// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// Writes a <see cref="DateTimeOffset"/> as a Swift <c>Date</c> expects it (by default seconds since 2001-01-01T00:00:00Z) and reads it back
/// as UTC. <see cref="LiveActivityContentEncoding.CreateOptions"/> registers the default one; <see cref="LiveActivityDateEncodingAttribute"/>
/// puts another format on one property.
/// </summary>
public sealed class LiveActivityDateTimeOffsetConverter : JsonConverter<DateTimeOffset>, ILiveActivityDateConverter
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityDateTimeOffsetConverter"/> class.</summary>
    /// <param name="format">The form written and read.</param>
    public LiveActivityDateTimeOffsetConverter(LiveActivityDateFormat format = LiveActivityDateFormat.ReferenceDateSeconds) => Format = format;

    /// <summary>Gets the form written and read.</summary>
    public LiveActivityDateFormat Format { get; }

    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(SwiftDates.Read(ref reader, Format), TimeSpan.Zero);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        SwiftDates.Write(writer, value.UtcTicks, Format);
    }
}
