// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>
/// The encoding of typed content states and attributes: Swift's default <c>Codable</c> (what ActivityKit's decoder on the iPhone
/// expects), expressed entirely as <see cref="JsonSerializerOptions"/>. Keys are property names in lowerCamelCase
/// (<see cref="JsonPropertyNameAttribute"/> wins, for <c>CodingKeys</c>); enums are their Swift raw value
/// (<see cref="LiveActivityEnumConverter{TEnum}"/>); dates are seconds since 2001-01-01T00:00:00Z
/// (<see cref="LiveActivityDateTimeOffsetConverter"/>, per property <see cref="LiveActivityDateEncodingAttribute"/>); <see langword="null"/>
/// members are omitted; a <see cref="Guid"/> is the uppercase 8-4-4-4-12 string; a <see cref="Uri"/> must be absolute; <c>byte[]</c>
/// is base64; dictionary keys are kept verbatim.
/// </summary>
public static class LiveActivityContentEncoding
{
    private static JsonSerializerOptions? _default;

    /// <summary>
    /// Gets the Swift-Codable options over the reflection-based resolver (read-only). For trimmed or NativeAOT apps use
    /// <see cref="CreateOptions"/> with a source-generated <see cref="JsonSerializerContext"/> instead.
    /// </summary>
#if NET8_0_OR_GREATER
    public static JsonSerializerOptions Default
    {
        [RequiresUnreferencedCode("Reflection-based serialization of the caller's types; use CreateOptions with a source-generated JsonSerializerContext.")]
        [RequiresDynamicCode("Reflection-based serialization of the caller's types; use CreateOptions with a source-generated JsonSerializerContext.")]
        get => _default ?? CreateDefault();
    }
#else
    public static JsonSerializerOptions Default => _default ?? CreateDefault();
#endif

    /// <summary>
    /// Creates Swift-Codable options over the caller's resolver, usually a source-generated <see cref="JsonSerializerContext"/> that lists the
    /// attributes and content-state types (<c>[JsonSerializable(typeof(DeliveryState))]</c>). Its own naming options do not matter: these
    /// options decide names, null handling and converters. The result is trimming- and AOT-safe and may still be changed (add converters)
    /// until first used.
    /// </summary>
    /// <param name="typeInfoResolver">The resolver of the caller's types.</param>
    /// <returns>New, mutable options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfoResolver"/> is <see langword="null"/>.</exception>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver typeInfoResolver)
    {
        Guard.NotNull(typeInfoResolver, nameof(typeInfoResolver));
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = typeInfoResolver.WithAddedModifier(SwiftCodableModifier.Apply),
        };
        options.Converters.Add(new LiveActivityDateTimeOffsetConverter());
        options.Converters.Add(new LiveActivityDateTimeConverter());
        options.Converters.Add(new SwiftGuidConverter());
        options.Converters.Add(new SwiftUriConverter());
        options.Converters.Add(new SwiftEnumConverterFactory());
        return options;
    }

    /// <summary>Gets the <c>activity_type</c> of an attributes type: its <see cref="LiveActivityTypeAttribute"/> name, or the type's own name.</summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift <c>ActivityAttributes</c> struct.</typeparam>
    /// <returns>The Swift type name sent as <c>activity_type</c>.</returns>
    public static string GetActivityType<TAttributes>() => ActivityTypeCache<TAttributes>.Name;

    /// <summary>Gets the <c>activity_type</c> of an attributes type: its <see cref="LiveActivityTypeAttribute"/> name, or the type's own name.</summary>
    /// <param name="attributesType">The C# mirror of the Swift <c>ActivityAttributes</c> struct.</param>
    /// <returns>The Swift type name sent as <c>activity_type</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributesType"/> is <see langword="null"/>.</exception>
    public static string GetActivityType(Type attributesType)
    {
        Guard.NotNull(attributesType, nameof(attributesType));
        return ResolveActivityType(attributesType);
    }

    /// <summary>
    /// Encodes a content state (or any Codable struct) into the JSON object the untyped <see cref="LiveActivityContent"/> takes, and checks
    /// it as the typed calls do.
    /// </summary>
    /// <typeparam name="T">The value's type, known to the options' resolver.</typeparam>
    /// <param name="value">The value to encode.</param>
    /// <param name="options">Options from <see cref="CreateOptions"/> or <see cref="Default"/>.</param>
    /// <returns>The encoded object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">
    /// A value cannot be decoded by Swift (NaN or ±Infinity, a relative URL, an undeclared enum value, a <see cref="DateTimeKind.Unspecified"/>
    /// date, not an object: <see cref="LiveActivityErrorCodes.ValidationFailed"/>), or it encodes to more than 4,096 bytes
    /// (<see cref="LiveActivityErrorCodes.ContentStateTooLarge"/>).
    /// </exception>
    public static JsonObject Encode<T>(T value, JsonSerializerOptions options)
    {
        Guard.NotNull(value, nameof(value));
        Guard.NotNull(options, nameof(options));
        return ContentEncoder.Encode(value, GetTypeInfo<T>(options), "content_state", checkSize: true, endpoint: null, activityId: null);
    }

    internal static JsonTypeInfo<T> GetTypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    internal static bool IsSwiftCodable(JsonSerializerOptions options)
    {
        foreach (var converter in options.Converters)
        {
            if (converter is LiveActivityDateTimeOffsetConverter)
            {
                return true;
            }
        }

        return false;
    }

#if NET8_0_OR_GREATER
    [RequiresUnreferencedCode("Reflection-based serialization.")]
    [RequiresDynamicCode("Reflection-based serialization.")]
#endif
    private static JsonSerializerOptions CreateDefault()
    {
        var options = CreateOptions(new DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return Interlocked.CompareExchange(ref _default, options, null) ?? options;
    }

    private static string ResolveActivityType(Type attributesType) =>
        attributesType.GetCustomAttribute<LiveActivityTypeAttribute>(inherit: false)?.Name ?? attributesType.Name;

    private static class ActivityTypeCache<TAttributes>
    {
        public static readonly string Name = ResolveActivityType(typeof(TAttributes));
    }
}
