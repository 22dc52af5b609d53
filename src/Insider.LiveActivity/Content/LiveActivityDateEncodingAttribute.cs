// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// Opts one <see cref="DateTimeOffset"/> or <see cref="DateTime"/> property (nullable or not) out of the Swift <c>Date</c> default, for apps
/// whose Swift code decodes that date itself (Unix seconds, Unix milliseconds or ISO 8601).
/// </summary>
/// <remarks>
/// The options of <see cref="LiveActivityContentEncoding"/> apply it as the property's <c>JsonPropertyInfo.CustomConverter</c>, with
/// reflection and with a source-generated <see cref="JsonSerializerContext"/> alike. It deliberately does not derive from
/// <see cref="JsonConverterAttribute"/>: the source generator does not support derived converter attributes (SYSLIB1223).
/// </remarks>
/// <example><code>[LiveActivityDateEncoding(LiveActivityDateFormat.UnixSeconds)] public DateTimeOffset DeliveredAt { get; init; }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class LiveActivityDateEncodingAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityDateEncodingAttribute"/> class.</summary>
    /// <param name="format">The form this property is written in.</param>
    public LiveActivityDateEncodingAttribute(LiveActivityDateFormat format) => Format = format;

    /// <summary>Gets the form this property is written in.</summary>
    public LiveActivityDateFormat Format { get; }

    /// <summary>Creates the converter for a property of the given type.</summary>
    /// <param name="propertyType"><see cref="DateTimeOffset"/>, <see cref="DateTime"/>, or their nullable forms.</param>
    /// <returns>The converter that writes the property in <see cref="Format"/>.</returns>
    /// <exception cref="InvalidOperationException">The property is of another type.</exception>
    public JsonConverter CreateConverter(Type propertyType)
    {
        if (propertyType == typeof(DateTimeOffset))
        {
            return new LiveActivityDateTimeOffsetConverter(Format);
        }

        if (propertyType == typeof(DateTimeOffset?))
        {
            return new NullableValueConverter<DateTimeOffset>(new LiveActivityDateTimeOffsetConverter(Format));
        }

        if (propertyType == typeof(DateTime))
        {
            return new LiveActivityDateTimeConverter(Format);
        }

        if (propertyType == typeof(DateTime?))
        {
            return new NullableValueConverter<DateTime>(new LiveActivityDateTimeConverter(Format));
        }

        throw new InvalidOperationException($"[LiveActivityDateEncoding] applies to DateTimeOffset or DateTime properties, not to {propertyType}.");
    }
}
