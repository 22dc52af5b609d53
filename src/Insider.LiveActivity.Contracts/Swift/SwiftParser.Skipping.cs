// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <content>Skipping what the contract does not need: bodies, expressions, generic parameter lists.</content>
internal sealed partial class SwiftParser
{
    private const string ContinuationPunctuation = ".+-*/%&|^?:=<>,!~";

    /// <summary>Skips from an opening <c>( [ {</c> to its matching closer (strings and comments are already tokens or gone).</summary>
    private void SkipBalanced()
    {
        var depth = 0;
        do
        {
            var text = Current.Kind == SwiftTokenKind.Punctuation ? Current.Text : string.Empty;
            if (text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (text is ")" or "]" or "}")
            {
                depth--;
            }

            Advance();
        }
        while (depth > 0 && Current.Kind != SwiftTokenKind.End);
    }

    private void SkipAngles()
    {
        var depth = 0;
        do
        {
            depth += Current.Is("<") ? 1 : Current.Is(">") ? -1 : 0;
            Advance();
        }
        while (depth > 0 && Current.Kind != SwiftTokenKind.End && !Current.Is("{"));
    }

    /// <summary>Skips one statement: to the end of its line, across bracketed runs and continuation lines.</summary>
    private void SkipStatement()
    {
        var first = true;
        while (Current.Kind != SwiftTokenKind.End && !Current.Is("}") && !Current.Is(";"))
        {
            if (!first && Current.NewlineBefore && !IsContinuation())
            {
                return;
            }

            first = false;
            if (Current.Is("(") || Current.Is("[") || Current.Is("{"))
            {
                SkipBalanced();
            }
            else
            {
                Advance();
            }
        }
    }

    /// <summary>
    /// Skips an initial value: like a statement, but it also ends at a top-level comma (or closing parenthesis). A generic
    /// argument list (<c>Dictionary&lt;String, Int&gt;()</c>) is skipped whole, so its commas do not end the value.
    /// </summary>
    private void SkipExpression(bool stopAtCloseParen = false)
    {
        var first = true;
        var afterGenericArguments = false;
        while (Current.Kind != SwiftTokenKind.End && !Current.Is("}") && !Current.Is(";") && !Current.Is(",") && !(stopAtCloseParen && Current.Is(")")))
        {
            if (!first && Current.NewlineBefore && !IsContinuation(afterGenericArguments))
            {
                return;
            }

            first = false;
            afterGenericArguments = false;
            if (Current.Is("(") || Current.Is("[") || Current.Is("{"))
            {
                SkipBalanced();
            }
            else if (IsGenericArgumentList(out var end))
            {
                _index = end;
                afterGenericArguments = true;
            }
            else
            {
                Advance();
            }
        }
    }

    /// <summary>Whether the value goes on across a line break; a <c>&gt;</c> closing generic arguments is not an operator that continues it.</summary>
    private bool IsContinuation(bool afterGenericArguments = false)
    {
        var previous = _tokens[_index - 1];
        return (Current.Kind == SwiftTokenKind.Punctuation && ContinuationPunctuation.Contains(Current.Text[0], StringComparison.Ordinal) && Current.Text != "->")
            || (!afterGenericArguments && previous.Kind == SwiftTokenKind.Punctuation && (ContinuationPunctuation.Contains(previous.Text[0], StringComparison.Ordinal) || previous.Text == "->"));
    }

    /// <summary>
    /// Whether the current <c>&lt;</c> opens a generic argument list rather than being the less-than operator, by Swift's rule
    /// (generic argument clause disambiguation): it follows a name (or a type's <c>&gt; ? ]</c>), the tokens up to its matching
    /// <c>&gt;</c> can form a list of types, and the token after that <c>&gt;</c> is one of <c>( ) ] } : ; , . ? ! == !=</c> or
    /// starts a new line. Nothing is consumed; <paramref name="end"/> is the index just past the matching <c>&gt;</c>.
    /// </summary>
    private bool IsGenericArgumentList(out int end)
    {
        end = _index;
        if (!Current.Is("<") || _index == 0)
        {
            return false;
        }

        var before = _tokens[_index - 1];
        if (!(before.Kind == SwiftTokenKind.Identifier || before.Is(">") || before.Is("?") || before.Is("]")))
        {
            return false;
        }

        int angles = 0, brackets = 0;
        do
        {
            var token = _tokens[end];
            if (!IsTypeListToken(token) || (token.NewlineBefore && StartsDeclaration(token)))
            {
                return false;
            }

            angles += token.Is("<") ? 1 : token.Is(">") ? -1 : 0;
            brackets += token.Is("(") || token.Is("[") ? 1 : token.Is(")") || token.Is("]") ? -1 : 0;
            if (brackets < 0 || (angles == 0 && brackets != 0))
            {
                return false;
            }

            end++;
        }
        while (angles > 0);

        var next = _tokens[end];
        return next.Kind == SwiftTokenKind.End || next.NewlineBefore
            || (next.Kind == SwiftTokenKind.Punctuation && next.Text is "(" or ")" or "]" or "}" or ":" or ";" or "," or "." or "?" or "!")
            || (next.Is("=") && _tokens[end + 1].Is("="));
    }

    private static bool IsTypeListToken(SwiftToken token) =>
        token.Kind == SwiftTokenKind.Identifier
        || (token.Kind == SwiftTokenKind.Punctuation && token.Text is "." or "," or ":" or "?" or "!" or "[" or "]" or "(" or ")" or "->" or "&" or "<" or ">");

    /// <summary>Skips a function-like member: its signature and, when present, its body; a protocol requirement has no body.</summary>
    private void SkipFunction()
    {
        Advance();
        while (Current.Kind != SwiftTokenKind.End && !Current.Is("}"))
        {
            if (Current.Is("{"))
            {
                SkipBalanced();
                return;
            }

            if (Current.NewlineBefore && StartsDeclaration(Current))
            {
                return;
            }

            if (Current.Is("(") || Current.Is("["))
            {
                SkipBalanced();
            }
            else
            {
                Advance();
            }
        }
    }

    private static bool StartsDeclaration(SwiftToken token) =>
        token.Kind is SwiftTokenKind.Attribute or SwiftTokenKind.Directive
        || (token.Kind == SwiftTokenKind.Identifier && (DeclarationWords.Contains(token.Text) || Modifiers.Contains(token.Text)));
}
