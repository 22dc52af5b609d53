// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Hosting;

/// <summary>Typed activity contracts on any <see cref="ILiveActivityOrchestrator"/>, as <see cref="LiveActivityClientExtensions"/> on the client.</summary>
public static class LiveActivityOrchestratorExtensions
{
    private const string ReflectionWarning =
        "Reflection-based serialization of TAttributes and TState; pass a source-generated JsonSerializerContext for trimmed or AOT apps.";

    /// <summary>
    /// Gets the typed calls of one activity type, encoding with reflection (<see cref="LiveActivityContentEncoding.Default"/>).
    /// Trimmed and NativeAOT apps pass their source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> instead.
    /// </summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift attributes struct.</typeparam>
    /// <typeparam name="TState">The C# mirror of its <c>ContentState</c>.</typeparam>
    /// <param name="orchestrator">The orchestrator.</param>
    /// <returns>The typed handle; keep and reuse it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orchestrator"/> is <see langword="null"/>.</exception>
    [RequiresUnreferencedCode(ReflectionWarning)]
    [RequiresDynamicCode(ReflectionWarning)]
    public static OrchestratedActivity<TAttributes, TState> ForActivity<TAttributes, TState>(this ILiveActivityOrchestrator orchestrator)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        return new OrchestratedActivity<TAttributes, TState>(orchestrator, LiveActivityContentEncoding.Default);
    }

    /// <summary>
    /// Gets the typed calls of one activity type with the caller's resolver (usually a source-generated
    /// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> listing both types): trimming- and AOT-safe.
    /// </summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift attributes struct.</typeparam>
    /// <typeparam name="TState">The C# mirror of its <c>ContentState</c>.</typeparam>
    /// <param name="orchestrator">The orchestrator.</param>
    /// <param name="typeInfoResolver">The resolver, for example <c>MyJsonContext.Default</c>; <see cref="LiveActivityContentEncoding.CreateOptions"/> wraps it.</param>
    /// <returns>The typed handle; keep and reuse it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OrchestratedActivity<TAttributes, TState> ForActivity<TAttributes, TState>(this ILiveActivityOrchestrator orchestrator, IJsonTypeInfoResolver typeInfoResolver)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        var options = LiveActivityContentEncoding.CreateOptions(typeInfoResolver);
        options.MakeReadOnly();
        return new OrchestratedActivity<TAttributes, TState>(orchestrator, options);
    }

    /// <summary>Gets the typed calls of one activity type with options made by <see cref="LiveActivityContentEncoding.CreateOptions"/> (possibly with converters added): trimming- and AOT-safe.</summary>
    /// <typeparam name="TAttributes">The C# mirror of the Swift attributes struct.</typeparam>
    /// <typeparam name="TState">The C# mirror of its <c>ContentState</c>.</typeparam>
    /// <param name="orchestrator">The orchestrator.</param>
    /// <param name="options">Swift-Codable options; they become read-only.</param>
    /// <returns>The typed handle; keep and reuse it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> were not made by <see cref="LiveActivityContentEncoding.CreateOptions"/>: .NET's defaults would store keys, enums and dates the device cannot decode.</exception>
    public static OrchestratedActivity<TAttributes, TState> ForActivity<TAttributes, TState>(this ILiveActivityOrchestrator orchestrator, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.Any(static c => c is LiveActivityDateTimeOffsetConverter))
        {
            throw new ArgumentException(
                "These options do not encode as Swift's Codable (keys, enums and dates would not decode on the device); create them with LiveActivityContentEncoding.CreateOptions.",
                nameof(options));
        }

        if (options.TypeInfoResolver is null)
        {
            throw new ArgumentException("These options have no TypeInfoResolver; create them with LiveActivityContentEncoding.CreateOptions.", nameof(options));
        }

        options.MakeReadOnly();
        return new OrchestratedActivity<TAttributes, TState>(orchestrator, options);
    }
}
