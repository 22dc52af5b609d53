// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>A stored property the device decodes: its Swift name, its JSON key, its type as written and whether it is optional.</summary>
public sealed class SwiftField
{
    internal SwiftField(string name, string key, SwiftTypeRef? type, SwiftTypeDeclaration scope)
    {
        Name = name;
        Key = key;
        TypeRef = type;
        Scope = scope;
        Type = type?.ToString() ?? "(inferred)";
        IsOptional = type?.IsOptional ?? false;
    }

    /// <summary>Gets the Swift property name.</summary>
    public string Name { get; }

    /// <summary>Gets the JSON key: the property name, or its raw value in the type's <c>CodingKeys</c>.</summary>
    public string Key { get; }

    /// <summary>Gets the Swift type as written, e.g. <c>Date?</c>, <c>[String: Int]</c>, <c>DeliveryStatus</c>; <c>(inferred)</c> when the declaration has no type annotation the reader could infer.</summary>
    public string Type { get; }

    /// <summary>Gets a value indicating whether the type is optional (<c>T?</c>): the key may be omitted. A default value does not make a key optional.</summary>
    public bool IsOptional { get; }

    internal SwiftTypeRef? TypeRef { get; }

    internal SwiftTypeDeclaration Scope { get; }

    /// <summary>Returns <c>Name: Type</c>, with the key when it differs.</summary>
    /// <returns>The field as Swift would declare it.</returns>
    public override string ToString() => Key == Name ? $"{Name}: {Type}" : $"{Name}: {Type} (key \"{Key}\")";
}
