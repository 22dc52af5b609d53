// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// A per-property converter for <c>T?</c> built on one for <typeparamref name="T"/> (a property's custom converter must match its type).
/// The serializer never hands it a null: nulls are omitted on write and read as <see langword="null"/>.
/// </summary>
/// <typeparam name="T">The underlying value type.</typeparam>
internal sealed class NullableValueConverter<T>(JsonConverter<T> inner) : JsonConverter<T?>, ILiveActivityDateConverter
    where T : struct
{
    /// <summary>Gets the date form of the underlying converter.</summary>
    public LiveActivityDateFormat Format => ((ILiveActivityDateConverter)Inner).Format;

    /// <summary>Gets the converter of the underlying value.</summary>
    public JsonConverter<T> Inner { get; } = inner;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeof(T), options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) =>
        Inner.Write(writer, value!.Value, options);
}
