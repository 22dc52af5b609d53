// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// Writes an enum as the raw value of a Swift <c>String</c> enum: the member name in lowerCamelCase (<c>InTransit</c> → <c>"inTransit"</c>),
/// or the name given by <see cref="JsonStringEnumMemberNameAttribute"/> (<c>"in_transit"</c>). A value that is not a declared member is
/// refused (never written as its ordinal); reading is case-sensitive, as on the device.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>
/// The options of <see cref="LiveActivityContentEncoding"/> apply it to every enum without a converter of its own. In a NativeAOT app,
/// put <c>[JsonConverter(typeof(LiveActivityEnumConverter&lt;TEnum&gt;))]</c> on each enum (or property). For a Swift enum with an
/// <c>Int</c> raw type, put <c>[JsonConverter(typeof(JsonNumberEnumConverter&lt;TEnum&gt;))]</c> on the C# enum instead.
/// </remarks>
public sealed class LiveActivityEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, JsonEncodedText> _names = [];
    private readonly Dictionary<string, TEnum> _values = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="LiveActivityEnumConverter{TEnum}"/> class.</summary>
    /// <exception cref="InvalidOperationException">Two members share a raw value.</exception>
    public LiveActivityEnumConverter()
    {
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(field.Name);
            if (_values.ContainsKey(name))
            {
                throw new InvalidOperationException($"Two members of {typeof(TEnum).Name} share the raw value \"{name}\".");
            }

            _values[name] = value;
            if (!_names.ContainsKey(value))
            {
                _names[value] = JsonEncodedText.Encode(name);
            }
        }
    }

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && _values.TryGetValue(reader.GetString()!, out var value))
        {
            return value;
        }

        throw new JsonException($"Expected one of the raw values of {typeof(TEnum).Name}: {string.Join(", ", _values.Keys)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!_names.TryGetValue(value, out var name))
        {
            throw new JsonException($"{value} is not a declared member of {typeof(TEnum).Name}: a Swift enum has no raw value for it.");
        }

        writer.WriteStringValue(name);
    }
}
