// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity;

/// <summary>
/// The content of a push. Insider neither validates nor modifies it: field names, enum cases and types in
/// <see cref="ContentState"/> must match the app's <c>ContentState</c> struct exactly, or the device fails silently.
/// </summary>
public sealed record LiveActivityContent
{
    /// <summary>Gets the alert title. Required on <c>/start</c>; optional on <c>/update</c> and <c>/end</c>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the alert body. Required on <c>/start</c>; optional on <c>/update</c> and <c>/end</c>.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the key/value map that matches the app's <c>ContentState</c> struct. Required.</summary>
    public required JsonObject ContentState { get; init; }

    /// <summary>Gets the optional ActivityKit attributes (advanced usage), or <see langword="null"/>.</summary>
    public JsonObject? Attributes { get; init; }
}
