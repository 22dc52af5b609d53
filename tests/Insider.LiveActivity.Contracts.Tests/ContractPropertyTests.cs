// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Insider.LiveActivity.Contracts.Tests;

/// <summary>Random contracts → generated Swift → parse → a matching payload is compatible; one mutation → exactly the right problem.</summary>
public sealed class ContractPropertyTests
{
    public enum FieldKind { String, Int, Int16, Double, Bool, Date, Enum, IntArray, StringIntMap }

    public sealed record FieldModel(string Name, FieldKind Kind, bool Optional, string? CodingKey, bool HasDefault, string[] RawValues)
    {
        public string Key => CodingKey ?? Name;
    }

    public sealed record ContractModel(string TypeName, bool Vendor, bool Alias, FieldModel[] Fields, int Seed);

    private static readonly Gen<string> Word = Gen.String[Gen.Char['a', 'z'], 2, 7];

    private static readonly Gen<FieldModel> FieldGen =
        Gen.Select(Word, Gen.Enum<FieldKind>(), Gen.Bool, Gen.Bool, Gen.Bool, Word.Array[2, 5])
            .Select(t => new FieldModel(
                t.Item1,
                t.Item2,
                t.Item3,
                t.Item4 ? t.Item1 + "_key" : null,
                t.Item5,
                t.Item6.Distinct().Select((w, i) => $"{w}_{i}").ToArray()));

    private static readonly Gen<ContractModel> ContractGen =
        Gen.Select(Word, Gen.Bool, Gen.Bool, FieldGen.Array[1, 7], Gen.Int[0, 1000])
            .Select(t => new ContractModel(
                char.ToUpperInvariant(t.Item1[0]) + t.Item1[1..] + "Attributes",
                t.Item2,
                t.Item3,
                t.Item4.Select((f, i) => f with { Name = $"{f.Name}{i}", CodingKey = f.CodingKey is null ? null : $"{f.Name}_{i}" }).ToArray(),
                t.Item5));

    [Fact]
    public void GeneratedContract_MatchingPayload_IsCompatible()
    {
        ContractGen.Sample(model =>
        {
            var contract = SwiftContract.Parse(Swift(model));

            contract.Problems.Should().BeEmpty();
            var report = contract.Check(model.TypeName, Payload(model));
            report.Problems.Should().BeEmpty(Swift(model) + Payload(model).ToJsonString());
            contract.ActivityTypes.Single().ContentState.Select(f => (f.Key, f.IsOptional)).Should().Equal(model.Fields.Select(f => (f.Key, f.Optional)));
        }, iter: 200);
    }

    [Fact]
    public void GeneratedContract_OneMutation_ReportsExactlyThatProblem()
    {
        ContractGen.Select(Gen.Int[0, 100], Gen.Int[0, 3]).Sample((model, pick, mutation) =>
        {
            var contract = SwiftContract.Parse(Swift(model));
            var payload = Payload(model, includeAllOptionals: true);
            var field = model.Fields[pick % model.Fields.Length];
            var path = "content_state." + field.Key;
            ContractProblemKind expected;
            switch (mutation)
            {
                case 0 when !field.Optional:
                    payload.Remove(field.Key);
                    expected = ContractProblemKind.MissingRequiredKey;
                    break;
                case 1:
                    payload[field.Key] = WrongValue(field.Kind);
                    expected = field.Kind == FieldKind.Enum ? ContractProblemKind.InvalidEnumValue : ContractProblemKind.TypeMismatch;
                    break;
                case 2 when !field.Optional:
                    payload[field.Key] = null;
                    expected = ContractProblemKind.NullForNonOptional;
                    break;
                default:
                    payload["zz" + field.Key] = 1;
                    path = "content_state.zz" + field.Key;
                    expected = ContractProblemKind.ExtraKey;
                    break;
            }

            var report = contract.Check(model.TypeName, payload);

            report.Problems.Should().ContainSingle(Swift(model) + payload.ToJsonString())
                .Which.Should().Match<ContractProblem>(p => p.Kind == expected && p.Path == path);
        }, iter: 200);
    }

    [Fact]
    public void GeneratedContract_SwiftSideTypeChanged_ReportsTypeMismatchAtThatKey()
    {
        ContractGen.Select(Gen.Int[0, 100]).Sample((model, pick) =>
        {
            var payload = Payload(model, includeAllOptionals: true);
            var index = pick % model.Fields.Length;
            var field = model.Fields[index];
            var mutated = model with { Fields = [.. model.Fields.Select((f, i) => i == index ? f with { Kind = Incompatible(f.Kind) } : f)] };

            var report = SwiftContract.Parse(Swift(mutated)).Check(model.TypeName, payload);

            report.Problems.Should().ContainSingle(Swift(mutated) + payload.ToJsonString())
                .Which.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state." + field.Key);
        }, iter: 200);
    }

    /// <summary>A Swift type that rejects every valid value of <paramref name="kind"/>.</summary>
    private static FieldKind Incompatible(FieldKind kind) => kind switch
    {
        FieldKind.String => FieldKind.Int,
        FieldKind.Int or FieldKind.Double or FieldKind.Date => FieldKind.String,
        FieldKind.Int16 => FieldKind.Bool,
        FieldKind.Bool or FieldKind.Enum => FieldKind.Int,
        FieldKind.IntArray => FieldKind.StringIntMap,
        _ => FieldKind.IntArray,
    };

    private static JsonNode WrongValue(FieldKind kind) => kind switch
    {
        FieldKind.String => 42,
        FieldKind.Bool => 1,
        FieldKind.Int => 3.5,
        FieldKind.Int16 => 40_000,
        FieldKind.Date => "2026-05-20T14:30:00Z",
        FieldKind.Enum => "NotARawValue",
        FieldKind.IntArray => JsonNode.Parse("""{"a":1}""")!,
        _ => "text",
    };

    private static string SwiftType(FieldModel field, int index) => field.Kind switch
    {
        FieldKind.Enum => $"Choice{index}",
        FieldKind.IntArray => "[Int]",
        FieldKind.StringIntMap => "[String: Int]",
        _ => field.Kind.ToString(),
    } + (field.Optional ? "?" : string.Empty);

    private static string Swift(ContractModel model)
    {
        var s = new StringBuilder();
        s.AppendLine("#if canImport(ActivityKit)\nimport ActivityKit\n/* a comment with a brace { */");
        s.AppendLine("@available(iOS 16.1, *)");
        s.AppendLine($"struct {model.TypeName}: {(model.Vendor ? "InsiderLiveActivitiesAttributes" : "ActivityAttributes")} {{");
        if (model.Vendor)
        {
            s.AppendLine("    var insiderLiveActivityId: InsiderLiveActivityIdentifier");
        }

        s.AppendLine(model.Alias ? "    typealias ContentState = State\n    struct State: Codable, Hashable {" : "    public struct ContentState: Codable, Hashable {");
        for (var i = 0; i < model.Fields.Length; i++)
        {
            var f = model.Fields[i];
            var initial = f.HasDefault && !f.Optional && f.Kind is FieldKind.Int or FieldKind.Bool ? (f.Kind == FieldKind.Int ? " = 0" : " = false") : string.Empty;
            s.AppendLine($"        // \"{f.Name}\" }} is documented here\n        public var {f.Name}: {SwiftType(f, i)}{initial}");
        }

        s.AppendLine("        var summary: String { \"}\" }");
        if (model.Fields.Any(f => f.CodingKey is not null))
        {
            s.AppendLine("        enum CodingKeys: String, CodingKey {");
            foreach (var f in model.Fields)
            {
                s.AppendLine(f.CodingKey is null ? $"            case {f.Name}" : $"            case {f.Name} = \"{f.CodingKey}\"");
            }

            s.AppendLine("        }");
        }

        s.AppendLine("    }\n}");
        for (var i = 0; i < model.Fields.Length; i++)
        {
            var values = string.Join(", ", model.Fields[i].RawValues.Select((r, j) => $"c{j} = \"{r}\""));
            s.AppendLine($"enum Choice{i}: String, Codable, Hashable {{ case {values} }}");
        }

        return s.AppendLine("#endif").ToString();
    }

    private static JsonObject Payload(ContractModel model, bool includeAllOptionals = false)
    {
        var random = new Random(model.Seed);
        var json = new JsonObject();
        foreach (var f in model.Fields)
        {
            if (!f.Optional || includeAllOptionals || random.Next(2) == 0)
            {
                json[f.Key] = ValidValue(f, random);
            }
        }

        return json;
    }

    private static JsonNode ValidValue(FieldModel field, Random random) => field.Kind switch
    {
        FieldKind.String => "text " + random.Next(),
        FieldKind.Int => random.Next(-1000, 1000),
        FieldKind.Int16 => random.Next(short.MinValue, short.MaxValue + 1),
        FieldKind.Double => random.NextDouble() * 100,
        FieldKind.Bool => random.Next(2) == 0,
        FieldKind.Date => JsonNode.Parse((800_980_200 + random.Next(0, 86_400) + 0.5).ToString(CultureInfo.InvariantCulture))!,
        FieldKind.Enum => field.RawValues[random.Next(field.RawValues.Length)],
        FieldKind.IntArray => new JsonArray(random.Next(), random.Next()),
        _ => new JsonObject { ["a"] = random.Next() },
    };
}
