// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Contracts;

/// <summary>The element and key types of a collection contract (<c>JsonTypeInfo.ElementType</c>/<c>KeyType</c> from .NET 9; derived by reflection before).</summary>
internal static class JsonTypeInfoShapes
{
    public static Type? ElementType(JsonTypeInfo info)
    {
#if NET9_0_OR_GREATER
        return info.ElementType;
#else
        if (info.Type.IsArray)
        {
            return info.Type.GetElementType();
        }

        var arguments = Interface(info.Type, typeof(IEnumerable<>))?.GetGenericArguments();
        var element = arguments?[0];
        return info.Kind == JsonTypeInfoKind.Dictionary && element is { IsGenericType: true } pair ? pair.GetGenericArguments()[1] : element;
#endif
    }

    public static Type? KeyType(JsonTypeInfo info)
    {
#if NET9_0_OR_GREATER
        return info.KeyType;
#else
        var pair = Interface(info.Type, typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return pair is { IsGenericType: true } ? pair.GetGenericArguments()[0] : null;
#endif
    }

#if !NET9_0_OR_GREATER
    private static Type? Interface(Type type, Type generic) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == generic
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);
#endif
}
