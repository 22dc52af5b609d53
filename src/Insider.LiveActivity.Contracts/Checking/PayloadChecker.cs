// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts;

/// <summary>Judges raw JSON the way the device's <c>JSONDecoder</c> (default strategies) would decode it into the Swift types.</summary>
internal sealed partial class PayloadChecker(SwiftModule module)
{
    private const int MaxDepth = 32;

    public List<ContractProblem> Problems { get; } = [];

    public void Error(string path, ContractProblemKind kind, string message) => Problems.Add(new ContractProblem(path, kind, ContractSeverity.Error, message));

    public void Warn(string path, ContractProblemKind kind, string message) => Problems.Add(new ContractProblem(path, kind, ContractSeverity.Warning, message));

    /// <summary>Checks an object against the decoded fields of a struct: required keys, each value, and keys the type does not declare.</summary>
    public void CheckObject(IReadOnlyList<SwiftField> fields, JsonObject json, string path, IReadOnlyCollection<string> tolerated, int depth = 0)
    {
        foreach (var field in fields)
        {
            var fieldPath = path + "." + field.Key;
            if (!json.TryGetPropertyValue(field.Key, out var value))
            {
                if (!field.IsOptional)
                {
                    var caseMiss = json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, field.Key, StringComparison.OrdinalIgnoreCase));
                    Error(fieldPath, ContractProblemKind.MissingRequiredKey,
                        $"The device requires the key \"{field.Key}\" (Swift '{field}' is not optional; a default value does not make it optional)." +
                        (caseMiss is null ? string.Empty : $" The payload has \"{caseMiss}\": keys are case-sensitive.") +
                        $" Send it, or declare it '{field.Type}?' in Swift.");
                }

                continue;
            }

            if (field.TypeRef is null)
            {
                Warn(fieldPath, ContractProblemKind.Unverifiable, $"Swift '{field.Name}' has no type annotation the reader can infer; its value was not checked. Write its type in the declaration.");
                continue;
            }

            CheckValue(value, field.TypeRef, field.Scope, fieldPath, depth + 1);
        }

        var keys = fields.Select(f => f.Key).ToList();
        foreach (var (key, _) in json)
        {
            if (!keys.Contains(key, StringComparer.Ordinal) && !tolerated.Contains(key))
            {
                Warn(path + "." + key, ContractProblemKind.ExtraKey,
                    $"The Swift type declares no key \"{key}\"; the device ignores it.{NearMiss.Suggest(key, keys)} Remove it or fix its spelling.");
            }
        }
    }

    public void CheckValue(JsonNode? node, SwiftTypeRef type, SwiftTypeDeclaration? scope, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            Warn(path, ContractProblemKind.Unverifiable, $"The payload nests deeper than {MaxDepth} levels; the rest was not checked.");
            return;
        }

        if (type.IsOptional)
        {
            if (node is null)
            {
                Warn(path, ContractProblemKind.NullForOptional, $"null for the optional Swift '{type}' decodes, but a device report saw it fail: omit the key instead of sending null.");
                return;
            }

            CheckValue(node, type.Arguments[0], scope, path, depth);
            return;
        }

        if (node is null)
        {
            Error(path, ContractProblemKind.NullForNonOptional, $"null for the non-optional Swift '{type}': the device cannot decode the update. Send a value, or declare it '{type}?' in Swift and omit the key.");
            return;
        }

        switch (type.Kind)
        {
            case SwiftTypeRefKind.Array:
                CheckArray(node, type.Arguments[0], scope, path, depth);
                break;
            case SwiftTypeRefKind.Dictionary:
                CheckDictionary(node, type, scope, path, depth);
                break;
            case SwiftTypeRefKind.Named:
                CheckNamed(node, type, scope, path, depth);
                break;
            default:
                Warn(path, ContractProblemKind.Unverifiable, $"Swift '{type}' (a tuple or function type) has no synthesized Codable form; the value was not checked.");
                break;
        }
    }

    private void CheckArray(JsonNode node, SwiftTypeRef element, SwiftTypeDeclaration? scope, string path, int depth)
    {
        if (node is not JsonArray array)
        {
            Mismatch(path, $"[{element}]", "a JSON array", node);
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            CheckValue(array[i], element, scope, $"{path}[{i}]", depth + 1);
        }
    }

    private void CheckDictionary(JsonNode node, SwiftTypeRef type, SwiftTypeDeclaration? scope, string path, int depth)
    {
        var keyType = type.Arguments[0].Unwrapped.SimpleName;
        if (!SwiftBuiltins.Strings.Contains(keyType) && !SwiftBuiltins.Integers.ContainsKey(keyType))
        {
            Warn(path, ContractProblemKind.Unverifiable, $"Swift '{type}' has keys that are neither String nor Int; Swift encodes it as an array of alternating keys and values. The value was not checked.");
            return;
        }

        if (node is not JsonObject json)
        {
            Mismatch(path, type.ToString(), "a JSON object", node);
            return;
        }

        foreach (var (key, value) in json)
        {
            if (SwiftBuiltins.Integers.ContainsKey(keyType) && !long.TryParse(key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                Error($"{path}.{key}", ContractProblemKind.TypeMismatch, $"Swift '{type}' needs integer keys (written as strings, e.g. \"42\"); \"{key}\" is not one.");
                continue;
            }

            CheckValue(value, type.Arguments[1], scope, $"{path}.{key}", depth + 1);
        }
    }

    private void Mismatch(string path, string swiftType, string expected, JsonNode node) =>
        Error(path, ContractProblemKind.TypeMismatch, $"Swift '{swiftType}' needs {expected}; the payload has {Describe(node)}.");

    private static string Describe(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => $"the string {Truncate(node.ToJsonString())}",
        JsonValueKind.Number => $"the number {node.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {node.ToJsonString()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => node.ToJsonString(),
    };

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..57] + "…\"";
}
