// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>A <c>var</c>/<c>let</c> member as declared, with what decides whether it is on the wire.</summary>
internal sealed record SwiftProperty(string Name, SwiftTypeRef? Type, int Line)
{
    public bool IsStatic { get; init; }

    public bool IsLazy { get; init; }

    public bool IsLet { get; init; }

    public bool HasInitializer { get; init; }

    public bool IsComputed { get; init; }

    /// <summary>Gets a value indicating whether the synthesized <c>Decodable</c> reads this property from the payload.</summary>
    public bool IsDecoded => !IsStatic && !IsLazy && !IsComputed && !(IsLet && HasInitializer);
}
