// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>Lists what the synthesized <c>Decodable</c> of a struct or class reads: decoded stored properties, keyed by <c>CodingKeys</c>.</summary>
internal static class SwiftFieldReader
{
    public static List<SwiftField> DecodedFields(SwiftTypeDeclaration declaration)
    {
        var keys = CodingKeys(declaration);
        var fields = new List<SwiftField>();
        foreach (var property in declaration.Properties.Where(p => p.IsDecoded))
        {
            if (keys is not null && !keys.ContainsKey(property.Name))
            {
                continue; // not in CodingKeys: not decoded (it must have a default value)
            }

            if (fields.Any(f => f.Name == property.Name))
            {
                continue; // declared again in another #if branch
            }

            fields.Add(new SwiftField(property.Name, keys?[property.Name] ?? property.Name, property.Type, declaration));
        }

        return fields;
    }

    /// <summary>The type's <c>CodingKeys</c> enum as case name → JSON key, or <see langword="null"/> when it has none.</summary>
    public static Dictionary<string, string>? CodingKeys(SwiftTypeDeclaration declaration)
    {
        if (!declaration.NestedTypes.TryGetValue("CodingKeys", out var codingKeys) || codingKeys.Kind != SwiftDeclarationKind.Enum)
        {
            return null;
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var @case in codingKeys.Cases)
        {
            keys.TryAdd(@case.Name, @case.RawValueIsString ? @case.RawValue! : @case.Name);
        }

        return keys;
    }
}
