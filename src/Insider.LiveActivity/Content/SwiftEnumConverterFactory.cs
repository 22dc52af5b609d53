// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>
/// Gives every enum without a <see cref="JsonConverterAttribute"/> of its own a <see cref="LiveActivityEnumConverter{TEnum}"/>.
/// The converter is made by reflection; in an app without dynamic code (NativeAOT) the enum must name its converter itself.
/// </summary>
internal sealed class SwiftEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && !typeToConvert.IsDefined(typeof(JsonConverterAttribute), inherit: false);

    [UnconditionalSuppressMessage("Trimming", "IL2071", Justification = "As IL2070: enum fields are kept with the enum.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The trimmer keeps every field of an enum type that is kept, and LiveActivityEnumConverter<TEnum> has a public parameterless constructor.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Guarded by RuntimeFeature.IsDynamicCodeSupported; without dynamic code a clear NotSupportedException says what to do.")]
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
#if NET8_0_OR_GREATER
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new NotSupportedException(
                $"Without dynamic code (NativeAOT), put [JsonConverter(typeof(LiveActivityEnumConverter<{typeToConvert.Name}>))] on the enum {typeToConvert.Name} "
                + $"(or [JsonConverter(typeof(JsonNumberEnumConverter<{typeToConvert.Name}>))] for an Int-raw Swift enum).");
        }
#endif
        try
        {
            return (JsonConverter)Activator.CreateInstance(typeof(LiveActivityEnumConverter<>).MakeGenericType(typeToConvert))!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            // The converter's own refusal (two members share a raw value), not reflection's wrapper around it.
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
