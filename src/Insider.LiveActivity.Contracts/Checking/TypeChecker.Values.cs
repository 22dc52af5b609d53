// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Contracts;

/// <content>Comparing one C# member type with one Swift type.</content>
internal sealed partial class TypeChecker
{
    private static readonly Dictionary<Type, (decimal Min, decimal Max)> Integrals = new()
    {
        [typeof(byte)] = (byte.MinValue, byte.MaxValue),
        [typeof(sbyte)] = (sbyte.MinValue, sbyte.MaxValue),
        [typeof(short)] = (short.MinValue, short.MaxValue),
        [typeof(ushort)] = (ushort.MinValue, ushort.MaxValue),
        [typeof(int)] = (int.MinValue, int.MaxValue),
        [typeof(uint)] = (uint.MinValue, uint.MaxValue),
        [typeof(long)] = (long.MinValue, long.MaxValue),
        [typeof(ulong)] = (ulong.MinValue, ulong.MaxValue),
    };

    private static readonly HashSet<Type> Fractionals = [typeof(float), typeof(double), typeof(decimal), typeof(Half)];

    private void CompareValue(Type type, JsonConverter? converter, SwiftTypeRef swift, SwiftTypeDeclaration? scope, string path, int depth)
    {
        var cs = Nullable.GetUnderlyingType(type) ?? type;
        swift = swift.Unwrapped;
        if (depth > MaxDepth)
        {
            Warn(path, ContractProblemKind.Unverifiable, $"The types nest deeper than {MaxDepth} levels; the rest was not compared.");
            return;
        }

        switch (swift.Kind)
        {
            case SwiftTypeRefKind.Array:
                CompareSequence(cs, swift, swift.Arguments[0], scope, path, depth);
                break;
            case SwiftTypeRefKind.Dictionary:
                CompareDictionary(cs, swift, scope, path, depth);
                break;
            case SwiftTypeRefKind.Named:
                CompareNamed(cs, converter, swift, scope, path, depth);
                break;
            default:
                Warn(path, ContractProblemKind.Unverifiable, $"Swift '{swift}' (a tuple or function type) has no synthesized Codable form; it was not compared.");
                break;
        }
    }

    private void CompareNamed(Type cs, JsonConverter? converter, SwiftTypeRef swift, SwiftTypeDeclaration? scope, string path, int depth)
    {
        var name = swift.SimpleName;
        var declared = module.Find(swift.Name, scope);
        if (declared is null && swift.Arguments.Count == 0 && module.FindAlias(swift.Name, scope) is { } alias)
        {
            CompareValue(cs, converter, alias.Target, alias.Scope, path, depth + 1);
        }
        else if (declared is not null)
        {
            CompareDeclared(cs, converter, declared, path, depth);
        }
        else if (SwiftBuiltins.Arrays.Contains(name) && swift.Arguments.Count == 1)
        {
            CompareSequence(cs, swift, swift.Arguments[0], scope, path, depth);
        }
        else if (name == "Dictionary" && swift.Arguments.Count == 2)
        {
            CompareDictionary(cs, SwiftTypeRef.Dictionary(swift.Arguments[0], swift.Arguments[1]), scope, path, depth);
        }
        else if (name is "ClosedRange" or "Range" && swift.Arguments.Count == 1)
        {
            CompareSequence(cs, swift, swift.Arguments[0], scope, path, depth);
            Warn(path, ContractProblemKind.Unverifiable, $"Swift '{swift}' needs exactly two elements, lower first; the C# type cannot promise that. Make sure the client sends [lower, upper].");
        }
        else if (!CompareScalar(cs, converter, swift, path))
        {
            Warn(path, ContractProblemKind.Unverifiable, $"Swift type '{swift}' is not declared in the sources given; it was not compared. Load the file that declares it.");
        }
    }

    private bool CompareScalar(Type cs, JsonConverter? converter, SwiftTypeRef swift, string path)
    {
        var name = swift.SimpleName;
        if (SwiftBuiltins.Strings.Contains(name))
        {
            Expect(cs == typeof(string) || cs == typeof(char) || cs == typeof(Guid) || cs == typeof(Uri) || (cs.IsEnum && EncodesEnumAsStrings(cs, converter)), cs, swift, path);
        }
        else if (SwiftBuiltins.Integers.TryGetValue(name, out var range))
        {
            CompareInteger(cs, converter, swift, range, path);
        }
        else if (SwiftBuiltins.Floats.Contains(name))
        {
            Expect(Integrals.ContainsKey(cs) || Fractionals.Contains(cs), cs, swift, path);
        }
        else if (name == "Bool")
        {
            Expect(cs == typeof(bool), cs, swift, path);
        }
        else if (name == "Date")
        {
            CompareDate(cs, converter, path);
        }
        else if (name == "Data")
        {
            Expect(cs == typeof(byte[]) || cs == typeof(ReadOnlyMemory<byte>) || cs == typeof(Memory<byte>), cs, swift, path);
        }
        else if (name is "URL" or "UUID")
        {
            Expect(cs == typeof(string) || cs == (name == "URL" ? typeof(Uri) : typeof(Guid)), cs, swift, path);
        }
        else
        {
            return false;
        }

        return true;
    }

    private void Expect(bool ok, Type cs, SwiftTypeRef swift, string path)
    {
        if (!ok)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' does not encode to what Swift '{swift}' decodes. Change the C# member type (or the Swift declaration) so both agree.");
        }
    }

    private void CompareInteger(Type cs, JsonConverter? converter, SwiftTypeRef swift, (decimal Min, decimal Max) range, string path)
    {
        if (Integrals.TryGetValue(cs, out var csRange))
        {
            if (csRange.Min < range.Min || csRange.Max > range.Max)
            {
                Warn(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' can hold values outside Swift '{swift}' ({range.Min}…{range.Max}); such a value would not decode. Use a narrower C# type or a wider Swift type.");
            }
        }
        else if (cs.IsEnum && !EncodesEnumAsStrings(cs, converter))
        {
            return;
        }
        else if (Fractionals.Contains(cs))
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' can send fractions (3.5), which Swift '{swift}' cannot decode. Use an integral C# type, or declare the Swift property 'Double'.");
        }
        else
        {
            Expect(false, cs, swift, path);
        }
    }

    private void CompareSequence(Type cs, SwiftTypeRef swift, SwiftTypeRef element, SwiftTypeDeclaration? scope, string path, int depth)
    {
        var info = options.GetTypeInfo(cs);
        if (info.Kind != JsonTypeInfoKind.Enumerable || JsonTypeInfoShapes.ElementType(info) is not { } elementType)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' is not encoded as a JSON array, which Swift '{swift}' needs.");
            return;
        }

        CompareValue(elementType, null, element, scope, path + "[]", depth + 1);
    }

    private void CompareDictionary(Type cs, SwiftTypeRef swift, SwiftTypeDeclaration? scope, string path, int depth)
    {
        var info = options.GetTypeInfo(cs);
        if (info.Kind != JsonTypeInfoKind.Dictionary || JsonTypeInfoShapes.ElementType(info) is not { } valueType || JsonTypeInfoShapes.KeyType(info) is not { } keyType)
        {
            Error(path, ContractProblemKind.TypeMismatch, $"C# '{Name(cs)}' is not encoded as a JSON object of keys and values, which Swift '{swift}' needs.");
            return;
        }

        var swiftKey = swift.Arguments[0].Unwrapped.SimpleName;
        if (SwiftBuiltins.Integers.ContainsKey(swiftKey) && !Integrals.ContainsKey(keyType))
        {
            Error(path, ContractProblemKind.TypeMismatch, $"Swift '{swift}' needs integer keys; C# keys are '{Name(keyType)}'.");
        }

        CompareValue(valueType, null, swift.Arguments[1], scope, path + "[]", depth + 1);
    }
}
