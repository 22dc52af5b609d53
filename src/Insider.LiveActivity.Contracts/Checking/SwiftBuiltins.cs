// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>The Swift standard and Foundation types whose JSON form <c>JSONDecoder</c> fixes at its default strategies.</summary>
internal static class SwiftBuiltins
{
    public static readonly IReadOnlyDictionary<string, (decimal Min, decimal Max)> Integers = new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal)
    {
        ["Int"] = (long.MinValue, long.MaxValue),
        ["Int64"] = (long.MinValue, long.MaxValue),
        ["Int32"] = (int.MinValue, int.MaxValue),
        ["Int16"] = (short.MinValue, short.MaxValue),
        ["Int8"] = (sbyte.MinValue, sbyte.MaxValue),
        ["UInt"] = (0, ulong.MaxValue),
        ["UInt64"] = (0, ulong.MaxValue),
        ["UInt32"] = (0, uint.MaxValue),
        ["UInt16"] = (0, ushort.MaxValue),
        ["UInt8"] = (0, byte.MaxValue),
    };

    public static readonly HashSet<string> Floats = new(StringComparer.Ordinal)
    {
        "Double", "Float", "Float32", "Float64", "Float80", "Float16", "CGFloat", "TimeInterval", "Decimal",
    };

    public static readonly HashSet<string> Strings = new(StringComparer.Ordinal) { "String", "Substring", "Character" };

    public static readonly HashSet<string> Arrays = new(StringComparer.Ordinal) { "Array", "Set", "ContiguousArray" };

    public static bool IsNumber(string name) => Integers.ContainsKey(name) || Floats.Contains(name);

    /// <summary>Whether an enum may use this type as its raw type (the first entry of its inheritance list).</summary>
    public static bool IsRawType(string name) => Strings.Contains(name) || IsNumber(name);
}
