// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Contracts;

/// <content>Dates, enums and declared structs on the C# side.</content>
internal sealed partial class TypeChecker
{
    /// <summary>2026-05-20T14:30:00Z, the sample written through the date converter to learn its encoding.</summary>
    private static readonly DateTimeOffset DateSample = new(2026, 5, 20, 14, 30, 0, TimeSpan.Zero);

    private void CompareDate(Type cs, JsonConverter? converter, string path)
    {
        if (Integrals.ContainsKey(cs) || Fractionals.Contains(cs))
        {
            Warn(path, ContractProblemKind.Unverifiable, $"C# '{Name(cs)}' is a plain number for a Swift 'Date': make sure it counts seconds since 2001-01-01T00:00:00Z (not since 1970, not milliseconds).");
            return;
        }

        object sample = cs == typeof(DateTimeOffset) ? DateSample : cs == typeof(DateTime) ? DateSample.UtcDateTime : null!;
        if (sample is null)
        {
            Expect(false, cs, SwiftTypeRef.Named("Date"), path);
            return;
        }

        var encoded = Encode(sample, cs, converter);
        var expected = SwiftDate.ToReferenceSeconds(DateSample);
        var fix = $"Encode dates as seconds since 2001-01-01T00:00:00Z ({SwiftDate.Format(expected)} → {SwiftDate.Number(expected)}) with a JsonConverter<{Name(cs)}>.";
        if (encoded.ValueKind == JsonValueKind.String)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' is encoded as the string {encoded.GetRawText()}, but the device decodes a Swift 'Date' from a number. {fix}");
        }
        else if (encoded.ValueKind != JsonValueKind.Number)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' is encoded as {encoded.GetRawText()}, but the device decodes a Swift 'Date' from a number. {fix}");
        }
        else if (Math.Abs(encoded.GetDouble() - expected) >= 0.001)
        {
            var value = encoded.GetDouble();
            var unit = Math.Abs(value - DateSample.ToUnixTimeSeconds()) < 1 ? "Unix seconds (since 1970)"
                : Math.Abs(value - DateSample.ToUnixTimeMilliseconds()) < 1000 ? "Unix milliseconds"
                : "an unknown unit";
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' is encoded in {unit} ({SwiftDate.Format(expected)} → {SwiftDate.Number(value)}); the device would read {SwiftDate.Format(value)}. {fix}");
        }
    }

    private bool EncodesEnumAsStrings(Type cs, JsonConverter? converter) =>
        Enum.GetValues(cs).Cast<object>().Take(1).Any(v => Encode(v, cs, converter).ValueKind == JsonValueKind.String);

    private void CompareDeclared(Type cs, JsonConverter? converter, SwiftTypeDeclaration declaration, string path, int depth)
    {
        if (declaration.HasCustomCodable)
        {
            Warn(path, ContractProblemKind.CustomCodable, $"Swift '{declaration.QualifiedName}' ({declaration.Location}) decodes itself with a hand-written init(from:)/encode(to:); its shape cannot be checked from the declarations.");
            return;
        }

        if (declaration.Kind == SwiftDeclarationKind.Enum)
        {
            CompareEnum(cs, converter, declaration, path);
            return;
        }

        if (declaration.Kind == SwiftDeclarationKind.Protocol || converter is not null || options.GetTypeInfo(cs).Kind == JsonTypeInfoKind.None)
        {
            Warn(path, ContractProblemKind.Unverifiable, $"C# '{Name(cs)}' (for Swift '{declaration.QualifiedName}') is encoded by a custom converter or the Swift type is a protocol; its shape was not compared.");
            return;
        }

        CheckObject(cs, SwiftFieldReader.DecodedFields(declaration), path, [], depth);
    }

    private void CompareEnum(Type cs, JsonConverter? converter, SwiftTypeDeclaration declaration, string path)
    {
        var rawType = declaration.Inherited.FirstOrDefault(t => t.Kind == SwiftTypeRefKind.Named && SwiftBuiltins.IsRawType(t.SimpleName));
        if (rawType is null)
        {
            Warn(path, ContractProblemKind.Unverifiable, $"Swift enum '{declaration.QualifiedName}' has no raw type (cases with associated values, encoded as {{\"case\":{{…}}}}); the C# type was not compared.");
            return;
        }

        var isString = SwiftBuiltins.Strings.Contains(rawType.SimpleName);
        var rawValues = PayloadChecker.RawValues(declaration, isString);
        var listed = string.Join(", ", rawValues.Select(r => isString ? $"\"{r}\"" : r));
        if (!cs.IsEnum)
        {
            var plausible = isString ? cs == typeof(string) : Integrals.ContainsKey(cs);
            if (plausible)
            {
                Warn(path, ContractProblemKind.Unverifiable, $"C# '{Name(cs)}' can hold any value; Swift enum '{declaration.QualifiedName}' accepts exactly: {listed}. Prefer a C# enum so the values can be checked.");
            }
            else
            {
                Expect(false, cs, SwiftTypeRef.Named(declaration.QualifiedName), path);
            }

            return;
        }

        foreach (var value in Enum.GetValues(cs).Cast<object>())
        {
            var encoded = Encode(value, cs, converter);
            var text = encoded.ValueKind == JsonValueKind.String ? encoded.GetString()! : encoded.GetRawText();
            var ok = isString
                ? encoded.ValueKind == JsonValueKind.String && rawValues.Contains(text)
                : encoded.ValueKind == JsonValueKind.Number && rawValues.Any(r => decimal.Parse(r, CultureInfo.InvariantCulture) == encoded.GetDecimal());
            if (!ok)
            {
                Error(path, ContractProblemKind.InvalidEnumValue,
                    $"C# {Name(cs)}.{value} is encoded as {encoded.GetRawText()}, which is not a raw value of Swift enum '{declaration.QualifiedName}' (accepted, case-sensitive: {listed}).{NearMiss.Suggest(text, rawValues)} Rename it with [JsonStringEnumMemberName] or fix the naming policy.");
            }
        }
    }
}
