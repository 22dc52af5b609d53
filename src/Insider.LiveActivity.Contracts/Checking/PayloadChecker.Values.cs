// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts;

/// <content>Named types: the built-in scalars, <c>Date</c>, ranges, and types declared in the sources.</content>
internal sealed partial class PayloadChecker
{
    private void CheckNamed(JsonNode node, SwiftTypeRef type, SwiftTypeDeclaration? scope, string path, int depth)
    {
        var name = type.SimpleName;
        var declared = module.Find(type.Name, scope);
        if (declared is null && type.Arguments.Count == 0 && module.FindAlias(type.Name, scope) is { } alias)
        {
            CheckValue(node, alias.Target, alias.Scope, path, depth + 1);
            return;
        }

        if (declared is not null)
        {
            CheckDeclared(node, declared, path, depth);
            return;
        }

        if (SwiftBuiltins.Arrays.Contains(name) && type.Arguments.Count == 1)
        {
            CheckArray(node, type.Arguments[0], scope, path, depth);
        }
        else if (name == "Dictionary" && type.Arguments.Count == 2)
        {
            CheckDictionary(node, SwiftTypeRef.Dictionary(type.Arguments[0], type.Arguments[1]), scope, path, depth);
        }
        else if (name is "ClosedRange" or "Range" && type.Arguments.Count == 1)
        {
            CheckRange(node, type, scope, path, depth);
        }
        else if (!CheckScalar(node, type, path))
        {
            Warn(path, ContractProblemKind.Unverifiable, $"Swift type '{type}' is not declared in the sources given; its value was not checked. Load the file that declares it.");
        }
    }

    /// <summary>Checks the scalar types <c>JSONDecoder</c> knows; returns <see langword="false"/> when the name is not one.</summary>
    private bool CheckScalar(JsonNode node, SwiftTypeRef type, string path)
    {
        var name = type.SimpleName;
        var kind = node.GetValueKind();
        if (SwiftBuiltins.Strings.Contains(name))
        {
            ExpectKind(kind == JsonValueKind.String, path, type, "a JSON string", node);
        }
        else if (SwiftBuiltins.Integers.TryGetValue(name, out var range))
        {
            CheckInteger(node, type, range, path);
        }
        else if (SwiftBuiltins.Floats.Contains(name))
        {
            ExpectKind(kind == JsonValueKind.Number, path, type, "a JSON number", node);
        }
        else if (name == "Bool")
        {
            ExpectKind(kind is JsonValueKind.True or JsonValueKind.False, path, type, "true or false", node);
        }
        else if (name == "Date")
        {
            CheckDate(node, path);
        }
        else if (name == "Data")
        {
            var ok = kind == JsonValueKind.String && IsBase64(node.GetValue<string>());
            ExpectKind(ok, path, type, "a base64 string", node);
        }
        else if (name == "URL")
        {
            var ok = kind == JsonValueKind.String && Uri.TryCreate(node.GetValue<string>(), UriKind.Absolute, out _);
            ExpectKind(ok, path, type, "an absolute URL string", node);
        }
        else if (name == "UUID")
        {
            var ok = kind == JsonValueKind.String && Guid.TryParseExact(node.GetValue<string>(), "D", out _);
            ExpectKind(ok, path, type, "a UUID string (8-4-4-4-12 hex digits)", node);
        }
        else
        {
            return false;
        }

        return true;
    }

    private void ExpectKind(bool ok, string path, SwiftTypeRef type, string expected, JsonNode node)
    {
        if (!ok)
        {
            Mismatch(path, type.ToString(), expected, node);
        }
    }

    private void CheckInteger(JsonNode node, SwiftTypeRef type, (decimal Min, decimal Max) range, string path)
    {
        if (!TryReadNumber(node, out var value))
        {
            Mismatch(path, type.ToString(), "a JSON integer" + (node.GetValueKind() == JsonValueKind.String ? " (without quotes)" : string.Empty), node);
        }
        else if (value != decimal.Truncate(value))
        {
            Error(path, ContractProblemKind.TypeMismatch, $"Swift '{type}' needs a whole number; the payload has {node.ToJsonString()}. Round it, or declare the Swift property 'Double'.");
        }
        else if (value < range.Min || value > range.Max)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"{node.ToJsonString()} is outside the range of Swift '{type}' ({range.Min}…{range.Max}); the device cannot decode it. Send a smaller value or declare a wider Swift type.");
        }
        else if (node.ToJsonString().IndexOfAny(['.', 'e', 'E']) >= 0)
        {
            Warn(path, ContractProblemKind.TypeMismatch, $"Swift '{type}' tolerates {node.ToJsonString()}, but do not rely on it: send {value:0} as an integer.");
        }
    }

    private void CheckDate(JsonNode node, string path)
    {
        if (node.GetValueKind() == JsonValueKind.String)
        {
            var text = node.GetValue<string>();
            var hint = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? $" Send {SwiftDate.Number(SwiftDate.ToReferenceSeconds(parsed))} instead."
                : string.Empty;
            Error(path, ContractProblemKind.TypeMismatch, $"Swift 'Date' is decoded from a number of seconds since 2001-01-01T00:00:00Z, not from a string; the payload has \"{text}\".{hint}");
            return;
        }

        if (!TryReadNumber(node, out var value))
        {
            Mismatch(path, "Date", "a number of seconds since 2001-01-01T00:00:00Z", node);
            return;
        }

        if (SwiftDate.ExplainSuspicious((double)value) is { } explanation)
        {
            Error(path, ContractProblemKind.TypeMismatch, "Swift 'Date' counts seconds since 2001-01-01T00:00:00Z. " + explanation);
        }
    }

    private void CheckRange(JsonNode node, SwiftTypeRef type, SwiftTypeDeclaration? scope, string path, int depth)
    {
        if (node is not JsonArray { Count: 2 } bounds)
        {
            Mismatch(path, type.ToString(), "a two-element array [lower, upper]", node);
            return;
        }

        var problemsBefore = Problems.Count;
        CheckValue(bounds[0], type.Arguments[0], scope, path + "[0]", depth + 1);
        CheckValue(bounds[1], type.Arguments[0], scope, path + "[1]", depth + 1);
        if (Problems.Count == problemsBefore && bounds[0] is { } lowerNode && bounds[1] is { } upperNode
            && TryReadNumber(lowerNode, out var lower) && TryReadNumber(upperNode, out var upper) && lower > upper)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"Swift '{type}' needs lower ≤ upper; the payload has [{lower}, {upper}]. Swap the bounds.");
        }
    }

    private static bool TryReadNumber(JsonNode node, out decimal value)
    {
        value = 0;
        return node.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out _);
    }
}
