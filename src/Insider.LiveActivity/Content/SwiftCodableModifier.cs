// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>
/// The contract modifier of the Swift-Codable options: puts <see cref="LiveActivityDateEncodingAttribute"/> on the property as its
/// <see cref="JsonPropertyInfo.CustomConverter"/>, with the reflection resolver and a source-generated context alike.
/// </summary>
internal static class SwiftCodableModifier
{
    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(LiveActivityDateEncodingAttribute), inherit: true) is { Length: > 0 } attributes)
            {
                property.CustomConverter = ((LiveActivityDateEncodingAttribute)attributes[0]).CreateConverter(property.PropertyType);
            }
        }
    }
}
