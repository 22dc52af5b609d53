// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Contracts;

/// <summary>
/// Compares a C# type, as <see cref="JsonSerializerOptions"/> encode it (its <see cref="JsonTypeInfo"/> contract: encoded key,
/// property type, nullability, converters), with a Swift type, as the device decodes it.
/// </summary>
internal sealed partial class TypeChecker(SwiftModule module, JsonSerializerOptions options)
{
    private const int MaxDepth = 32;

    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<JsonConverter, JsonSerializerOptions> _withConverter = [];

    public List<ContractProblem> Problems { get; } = [];

    public void Error(string path, ContractProblemKind kind, string message) => Problems.Add(new ContractProblem(path, kind, ContractSeverity.Error, message));

    public void Warn(string path, ContractProblemKind kind, string message) => Problems.Add(new ContractProblem(path, kind, ContractSeverity.Warning, message));

    /// <summary>Compares the encoded members of <paramref name="type"/> with the decoded fields of a Swift struct.</summary>
    public void CheckObject(Type type, IReadOnlyList<SwiftField> fields, string path, IReadOnlyCollection<string> tolerated, int depth = 0)
    {
        var info = options.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(type)}' is not encoded as a JSON object (its contract kind is {info.Kind}), but the Swift type is a struct.");
            return;
        }

        var members = info.Properties.Where(p => p.Get is not null).ToList();
        foreach (var field in fields)
        {
            var fieldPath = path + "." + field.Key;
            var member = members.FirstOrDefault(p => p.Name == field.Key);
            if (member is null)
            {
                if (!field.IsOptional)
                {
                    Error(fieldPath, ContractProblemKind.MissingRequiredKey,
                        $"C# '{Name(type)}' has no member encoded as \"{field.Key}\", which Swift '{field}' requires (it is not optional).{NearMiss.Suggest(field.Key, members.Select(m => m.Name))} Add the member or rename it with [JsonPropertyName(\"{field.Key}\")].");
                }

                continue;
            }

            if (!field.IsOptional && IsNullable(member))
            {
                Error(fieldPath, ContractProblemKind.NullForNonOptional,
                    $"C# '{Name(type)}.{MemberName(member)}' is nullable, but Swift '{field}' is not optional: a null value is sent as null (or omitted) and the device cannot decode the update. Make the C# member non-nullable, or declare it '{field.Type}?' in Swift.");
            }

            if (field.TypeRef is null)
            {
                Warn(fieldPath, ContractProblemKind.Unverifiable, $"Swift '{field.Name}' has no type annotation the reader can infer; it was not compared. Write its type in the declaration.");
                continue;
            }

            CompareValue(member.PropertyType, member.CustomConverter, field.TypeRef, field.Scope, fieldPath, depth + 1);
        }

        var keys = fields.Select(f => f.Key).ToList();
        foreach (var member in members.Where(m => !keys.Contains(m.Name, StringComparer.Ordinal) && !tolerated.Contains(m.Name)))
        {
            Warn(path + "." + member.Name, ContractProblemKind.ExtraKey,
                $"C# '{Name(type)}.{MemberName(member)}' is encoded as \"{member.Name}\", which the Swift type does not declare; the device ignores it.{NearMiss.Suggest(member.Name, keys)} Remove it, rename it, or mark it [JsonIgnore].");
        }
    }

    private bool IsNullable(JsonPropertyInfo member)
    {
        if (member.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(member.PropertyType) is not null;
        }

        return member.AttributeProvider switch
        {
            PropertyInfo property => _nullability.Create(property).ReadState == NullabilityState.Nullable,
            FieldInfo field => _nullability.Create(field).ReadState == NullabilityState.Nullable,
#if NET9_0_OR_GREATER
            _ => member.IsGetNullable,
#else
            _ => false,
#endif
        };
    }

    /// <summary>Serializes a sample with the options (and the member's own converter, when it has one) and returns the JSON.</summary>
    private JsonElement Encode(object value, Type type, JsonConverter? converter)
    {
        var effective = options;
        if (converter is not null && !_withConverter.TryGetValue(converter, out effective!))
        {
            effective = new JsonSerializerOptions(options);
            effective.Converters.Insert(0, converter);
            _withConverter[converter] = effective;
        }

        return JsonSerializer.SerializeToElement(value, effective.GetTypeInfo(type));
    }

    private static string MemberName(JsonPropertyInfo member) => (member.AttributeProvider as MemberInfo)?.Name ?? member.Name;

    private static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;
}
