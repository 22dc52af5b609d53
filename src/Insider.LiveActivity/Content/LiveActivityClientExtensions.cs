// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>Typed activity contracts on any <see cref="ILiveActivityClient"/>.</summary>
public static class LiveActivityClientExtensions
{
    /// <summary>
    /// Gets the typed calls of one activity type, encoding with reflection (<see cref="LiveActivityContentEncoding.Default"/>).
    /// Trimmed and NativeAOT apps pass their source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> instead.
    /// </summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift attributes struct.</typeparam>
    /// <typeparam name="TState">The C# mirror of its <c>ContentState</c>.</typeparam>
    /// <param name="client">The client.</param>
    /// <returns>The typed handle; keep and reuse it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
#if NET8_0_OR_GREATER
    [RequiresUnreferencedCode("Reflection-based serialization of TAttributes and TState; pass a source-generated JsonSerializerContext for trimmed or AOT apps.")]
    [RequiresDynamicCode("Reflection-based serialization of TAttributes and TState; pass a source-generated JsonSerializerContext for trimmed or AOT apps.")]
#endif
    public static LiveActivityHandle<TAttributes, TState> ForActivity<TAttributes, TState>(this ILiveActivityClient client)
    {
        Guard.NotNull(client, nameof(client));
        return new LiveActivityHandle<TAttributes, TState>(client, LiveActivityContentEncoding.Default);
    }

    /// <summary>
    /// Gets the typed calls of one activity type, with the caller's resolver (usually a source-generated
    /// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> listing both types): trimming- and AOT-safe.
    /// </summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift attributes struct.</typeparam>
    /// <typeparam name="TState">The C# mirror of its <c>ContentState</c>.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="typeInfoResolver">The resolver, for example <c>MyJsonContext.Default</c>; <see cref="LiveActivityContentEncoding.CreateOptions"/> wraps it.</param>
    /// <returns>The typed handle; keep and reuse it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static LiveActivityHandle<TAttributes, TState> ForActivity<TAttributes, TState>(this ILiveActivityClient client, IJsonTypeInfoResolver typeInfoResolver)
    {
        Guard.NotNull(client, nameof(client));
        return new LiveActivityHandle<TAttributes, TState>(client, LiveActivityContentEncoding.CreateOptions(typeInfoResolver));
    }

    /// <summary>Gets the typed calls of one activity type with options made by <see cref="LiveActivityContentEncoding.CreateOptions"/> (possibly with converters added).</summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift attributes struct.</typeparam>
    /// <typeparam name="TState">The C# mirror of its <c>ContentState</c>.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="options">Swift-Codable options; they become read-only.</param>
    /// <returns>The typed handle; keep and reuse it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> were not made by <see cref="LiveActivityContentEncoding.CreateOptions"/>: .NET's defaults would send keys, enums and dates the device cannot decode.</exception>
    public static LiveActivityHandle<TAttributes, TState> ForActivity<TAttributes, TState>(this ILiveActivityClient client, JsonSerializerOptions options)
    {
        Guard.NotNull(client, nameof(client));
        Guard.NotNull(options, nameof(options));
        if (!LiveActivityContentEncoding.IsSwiftCodable(options))
        {
            throw new ArgumentException(
                "These options do not encode as Swift's Codable (keys, enums and dates would not decode on the device); create them with LiveActivityContentEncoding.CreateOptions.",
                nameof(options));
        }

        return new LiveActivityHandle<TAttributes, TState>(client, options);
    }
}
