// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>The shape of a Swift type reference.</summary>
internal enum SwiftTypeRefKind
{
    Named,
    Optional,
    Array,
    Dictionary,
    Tuple,
    Function,
}

/// <summary>A Swift type as written: <c>Date?</c>, <c>[String: Int]</c>, <c>ClosedRange&lt;Date&gt;</c>, <c>Outer.Status</c>.</summary>
internal sealed record SwiftTypeRef(SwiftTypeRefKind Kind, string Name, IReadOnlyList<SwiftTypeRef> Arguments)
{
    public static SwiftTypeRef Named(string name, params SwiftTypeRef[] arguments) => new(SwiftTypeRefKind.Named, name, arguments);

    public static SwiftTypeRef Optional(SwiftTypeRef inner, string suffix = "?") => new(SwiftTypeRefKind.Optional, suffix, [inner]);

    public static SwiftTypeRef Array(SwiftTypeRef element) => new(SwiftTypeRefKind.Array, string.Empty, [element]);

    public static SwiftTypeRef Dictionary(SwiftTypeRef key, SwiftTypeRef value) => new(SwiftTypeRefKind.Dictionary, string.Empty, [key, value]);

    public bool IsOptional => Kind == SwiftTypeRefKind.Optional;

    /// <summary>Gets the last component of a dotted name without module prefix: <c>Foundation.Date</c> → <c>Date</c>.</summary>
    public string SimpleName => Name.Contains('.', StringComparison.Ordinal) ? Name[(Name.LastIndexOf('.') + 1)..] : Name;

    public SwiftTypeRef Unwrapped => IsOptional ? Arguments[0].Unwrapped : this;

    public override string ToString() => Kind switch
    {
        SwiftTypeRefKind.Optional => Name == "Optional" ? $"Optional<{Arguments[0]}>" : Arguments[0] + Name,
        SwiftTypeRefKind.Array => $"[{Arguments[0]}]",
        SwiftTypeRefKind.Dictionary => $"[{Arguments[0]}: {Arguments[1]}]",
        SwiftTypeRefKind.Tuple => $"({string.Join(", ", Arguments)})",
        SwiftTypeRefKind.Function => $"({string.Join(", ", Arguments.Take(Arguments.Count - 1))}) -> {Arguments[^1]}",
        _ => Arguments.Count == 0 ? Name : $"{Name}<{string.Join(", ", Arguments)}>",
    };
}
