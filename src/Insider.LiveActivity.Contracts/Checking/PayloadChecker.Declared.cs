// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts;

/// <content>Types declared in the Swift sources: structs and classes, enums with raw values, enums with associated values.</content>
internal sealed partial class PayloadChecker
{
    private void CheckDeclared(JsonNode node, SwiftTypeDeclaration declaration, string path, int depth)
    {
        if (declaration.HasCustomCodable)
        {
            Warn(path, ContractProblemKind.CustomCodable, $"Swift '{declaration.QualifiedName}' ({declaration.Location}) decodes itself with a hand-written init(from:)/encode(to:); its shape cannot be checked from the declarations. Test it on a device.");
            return;
        }

        switch (declaration.Kind)
        {
            case SwiftDeclarationKind.Enum:
                CheckEnum(node, declaration, path, depth);
                break;
            case SwiftDeclarationKind.Protocol:
                Warn(path, ContractProblemKind.Unverifiable, $"Swift '{declaration.QualifiedName}' is a protocol; the concrete type decides the shape, so the value was not checked.");
                break;
            default:
                if (node is JsonObject json)
                {
                    CheckObject(SwiftFieldReader.DecodedFields(declaration), json, path, [], depth);
                }
                else
                {
                    Mismatch(path, declaration.QualifiedName, "a JSON object", node);
                }

                break;
        }
    }

    private void CheckEnum(JsonNode node, SwiftTypeDeclaration declaration, string path, int depth)
    {
        var rawType = declaration.Inherited.FirstOrDefault(t => t.Kind == SwiftTypeRefKind.Named && SwiftBuiltins.IsRawType(t.SimpleName));
        if (rawType is null)
        {
            CheckCaseObject(node, declaration, path, depth);
            return;
        }

        var isString = SwiftBuiltins.Strings.Contains(rawType.SimpleName);
        var rawValues = RawValues(declaration, isString);
        var valid = isString
            ? node.GetValueKind() == JsonValueKind.String && rawValues.Contains(node.GetValue<string>())
            : TryReadNumber(node, out var number) && rawValues.Any(r => decimal.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var raw) && raw == number);
        if (valid)
        {
            return;
        }

        var listed = string.Join(", ", rawValues.Select(r => isString ? $"\"{r}\"" : r));
        var sent = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        Error(path, ContractProblemKind.InvalidEnumValue,
            $"{node.ToJsonString()} is not a raw value of Swift enum '{declaration.QualifiedName}'; the device accepts exactly (case-sensitive): {listed}.{NearMiss.Suggest(sent, rawValues)}");
    }

    /// <summary>The raw values in case order: explicit literals, else the case name (String) or the previous value + 1 (Int).</summary>
    internal static List<string> RawValues(SwiftTypeDeclaration declaration, bool isString)
    {
        var values = new List<string>();
        var next = 0m;
        foreach (var @case in declaration.Cases)
        {
            if (isString)
            {
                values.Add(@case.RawValue ?? @case.Name);
                continue;
            }

            var value = @case.RawValue is { } raw && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : next;
            values.Add(value.ToString(CultureInfo.InvariantCulture));
            next = value + 1;
        }

        return values;
    }

    /// <summary>An enum without raw type (Swift 5.5+): <c>{"case":{…}}</c> with labelled payloads, unlabelled ones as <c>_0</c>, <c>_1</c>.</summary>
    private void CheckCaseObject(JsonNode node, SwiftTypeDeclaration declaration, string path, int depth)
    {
        var names = declaration.Cases.Select(c => c.Name).ToList();
        if (node is not JsonObject { Count: 1 } json)
        {
            Error(path, ContractProblemKind.TypeMismatch,
                $"Swift enum '{declaration.QualifiedName}' has no raw type, so the device decodes an object with exactly one key, the case (one of {string.Join(", ", names)}), e.g. {{\"{names.FirstOrDefault()}\":{{}}}}; the payload has {Describe(node)}.");
            return;
        }

        var (key, value) = json.First();
        var @case = declaration.Cases.FirstOrDefault(c => c.Name == key);
        if (@case is null)
        {
            Error(path + "." + key, ContractProblemKind.InvalidEnumValue,
                $"\"{key}\" is not a case of Swift enum '{declaration.QualifiedName}'; the device accepts: {string.Join(", ", names)}.{NearMiss.Suggest(key, names)}");
            return;
        }

        if (value is not JsonObject payload)
        {
            Error(path + "." + key, ContractProblemKind.TypeMismatch, $"The case '{key}' of '{declaration.QualifiedName}' is decoded from an object (use {{}} when it has no associated values); the payload has {(value is null ? "null" : Describe(value))}.");
            return;
        }

        var fields = @case.AssociatedValues
            .Select((v, i) => new SwiftField(v.Label ?? "_" + i, v.Label ?? "_" + i, v.Type, declaration))
            .ToList();
        CheckObject(fields, payload, path + "." + key, [], depth + 1);
    }
}
