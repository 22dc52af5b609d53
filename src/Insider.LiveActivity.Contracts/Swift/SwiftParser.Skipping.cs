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

    /// <summary>Skips an initial value: like a statement, but it also ends at a top-level comma (or closing parenthesis).</summary>
    private void SkipExpression(bool stopAtCloseParen = false)
    {
        var first = true;
        while (Current.Kind != SwiftTokenKind.End && !Current.Is("}") && !Current.Is(";") && !Current.Is(",") && !(stopAtCloseParen && Current.Is(")")))
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

    private bool IsContinuation()
    {
        var previous = _tokens[_index - 1];
        return (Current.Kind == SwiftTokenKind.Punctuation && ContinuationPunctuation.Contains(Current.Text[0], StringComparison.Ordinal) && Current.Text != "->")
            || (previous.Kind == SwiftTokenKind.Punctuation && (ContinuationPunctuation.Contains(previous.Text[0], StringComparison.Ordinal) || previous.Text == "->"));
    }

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
