// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Insider.LiveActivity.Contracts;

/// <content>Checking a C# pair exactly as <c>ForActivity&lt;TAttributes, TState&gt;()</c> encodes it.</content>
public sealed partial class SwiftContract
{
    /// <summary>
    /// Compares the C# pair, as the client's typed calls encode it by default (<see cref="LiveActivityContentEncoding.Default"/>),
    /// with the Swift activity type named by <typeparamref name="TAttributes"/>'s <see cref="LiveActivityTypeAttribute"/> (or its
    /// type name): the one-line contract test for a customer's suite.
    /// </summary>
    /// <typeparam name="TAttributes">The C# type sent as <c>attributes</c> on start; it names the <c>activity_type</c>.</typeparam>
    /// <typeparam name="TState">The C# type sent as <c>content_state</c>.</typeparam>
    /// <returns>The verdict with every problem found.</returns>
    [RequiresUnreferencedCode("The client's default content encoding uses reflection; pass options from LiveActivityContentEncoding.CreateOptions with a source-generated context instead.")]
    [RequiresDynamicCode("The client's default content encoding uses reflection; pass options from LiveActivityContentEncoding.CreateOptions with a source-generated context instead.")]
    public ContractReport Check<TAttributes, TState>() =>
        Check<TAttributes, TState>(LiveActivityContentEncoding.GetActivityType<TAttributes>(), LiveActivityContentEncoding.Default);

    /// <summary>
    /// Compares the C# pair, as <paramref name="options"/> encode it (for example
    /// <c>LiveActivityContentEncoding.CreateOptions(MyJsonContext.Default)</c>, the options a typed handle was made with), with the
    /// Swift activity type named by <typeparamref name="TAttributes"/>'s <see cref="LiveActivityTypeAttribute"/> (or its type name).
    /// </summary>
    /// <typeparam name="TAttributes">The C# type sent as <c>attributes</c> on start; it names the <c>activity_type</c>.</typeparam>
    /// <typeparam name="TState">The C# type sent as <c>content_state</c>.</typeparam>
    /// <param name="options">The serializer options the client encodes content with.</param>
    /// <returns>The verdict with every problem found.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is <see langword="null"/>.</exception>
    public ContractReport Check<TAttributes, TState>(JsonSerializerOptions options) =>
        Check<TAttributes, TState>(LiveActivityContentEncoding.GetActivityType<TAttributes>(), options);
}
