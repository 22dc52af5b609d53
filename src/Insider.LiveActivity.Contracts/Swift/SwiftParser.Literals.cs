// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <content>The type Swift infers from a lone literal initial value.</content>
internal sealed partial class SwiftParser
{
    /// <summary>Whether a number literal is a floating-point one: a decimal with <c>.</c> or an exponent, a hexadecimal with a <c>p</c> exponent.</summary>
    private static bool IsFloatingPointLiteral(string text) =>
        text.StartsWith("0x", StringComparison.Ordinal) ? text.IndexOfAny(['p', 'P']) >= 0 : text.IndexOfAny(['.', 'e', 'E']) >= 0;

    /// <summary>The type Swift infers from a lone literal initial value (<c>var count = 0</c> is an <c>Int</c>), or <see langword="null"/>.</summary>
    private SwiftTypeRef? InferLiteralType()
    {
        var at = Current.Is("-") ? 1 : 0;
        var literal = PeekAt(at);
        var next = PeekAt(at + 1);
        if (!(next.NewlineBefore || next.Is("}") || next.Is(",") || next.Is(";") || next.Is("{")))
        {
            return null;
        }

        return literal.Kind switch
        {
            SwiftTokenKind.String => SwiftTypeRef.Named("String"),
            SwiftTokenKind.Number => SwiftTypeRef.Named(IsFloatingPointLiteral(literal.Text) ? "Double" : "Int"),
            SwiftTokenKind.Identifier when literal.Text is "true" or "false" => SwiftTypeRef.Named("Bool"),
            _ => null,
        };
    }
}
