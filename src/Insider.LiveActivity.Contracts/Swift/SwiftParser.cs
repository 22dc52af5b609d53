// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>
/// A hand-written reader for the declaration subset of Swift that <c>ActivityAttributes</c> files use: types, extensions,
/// properties, enum cases, type aliases, <c>#if</c> blocks and attributes. Function bodies, initializers and expressions are
/// skipped as balanced token runs. A declaration it cannot understand becomes a problem and is skipped; it never throws.
/// </summary>
internal sealed partial class SwiftParser
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "public", "private", "fileprivate", "internal", "open", "package", "final", "static", "lazy", "weak", "unowned",
        "nonisolated", "mutating", "nonmutating", "override", "required", "convenience", "dynamic", "indirect", "optional",
        "prefix", "postfix", "infix", "distributed",
    };

    private static readonly HashSet<string> DeclarationWords = new(StringComparer.Ordinal)
    {
        "var", "let", "func", "init", "deinit", "subscript", "case", "struct", "class", "enum", "protocol", "extension",
        "actor", "typealias", "import", "associatedtype", "operator", "precedencegroup", "macro",
    };

    /// <summary>Deeper type nesting or type references are reported instead of risking the stack.</summary>
    private const int MaxNesting = 64;

    private readonly List<SwiftToken> _tokens;
    private readonly SwiftModule _module;
    private readonly string _file;
    private int _index;
    private int _typeDepth;
    private int _declarationDepth;

    private SwiftParser(List<SwiftToken> tokens, SwiftModule module, string file)
    {
        _tokens = tokens;
        _module = module;
        _file = file;
    }

    /// <summary>Reads one file's declarations into <paramref name="module"/>; every failure is recorded as a problem.</summary>
    public static void ParseInto(SwiftModule module, string source, string file)
    {
        List<SwiftToken> tokens;
        try
        {
            tokens = SwiftLexer.Tokenize(source);
        }
        catch (SwiftSyntaxException ex)
        {
            module.Report(file, ex.Line, ex.Message + "; the file was not read");
            return;
        }

        new SwiftParser(tokens, module, file).ParseMembers(null);
    }

    private SwiftToken Current => _tokens[_index];

    private SwiftToken PeekAt(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private void Advance()
    {
        if (Current.Kind != SwiftTokenKind.End)
        {
            _index++;
        }
    }

    private bool TryConsume(string text)
    {
        if (!Current.Is(text))
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(string text)
    {
        if (!TryConsume(text))
        {
            throw new SwiftSyntaxException(Current.Line, $"expected '{text}' but found {Current}");
        }
    }

    private string ExpectIdentifier()
    {
        if (Current.Kind != SwiftTokenKind.Identifier)
        {
            throw new SwiftSyntaxException(Current.Line, $"expected a name but found {Current}");
        }

        var text = Current.Text;
        Advance();
        return text;
    }

    private void ParseMembers(SwiftTypeDeclaration? owner)
    {
        while (true)
        {
            var token = Current;
            if (token.Kind == SwiftTokenKind.End)
            {
                if (owner is not null)
                {
                    _module.Report(_file, owner.Line, $"'{owner.Name}' is not closed with '}}' before the end of the file");
                }

                return;
            }

            if (token.Is("}"))
            {
                Advance();
                if (owner is not null)
                {
                    return;
                }

                _module.Report(_file, token.Line, "a '}' closes nothing; it was ignored");
                continue;
            }

            var start = _index;
            try
            {
                ParseMember(owner);
            }
            catch (SwiftSyntaxException ex)
            {
                _module.Report(_file, ex.Line, ex.Message + "; the declaration was skipped");
                _index = start;
                SkipStatement();
            }

            if (_index == start)
            {
                Advance();
            }
        }
    }

    private void ParseMember(SwiftTypeDeclaration? owner)
    {
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (Current.Kind == SwiftTokenKind.Attribute)
            {
                SkipAttribute();
            }
            else if (Current.Kind == SwiftTokenKind.Directive)
            {
                SkipDirective();
                return;
            }
            else if (Current.Kind == SwiftTokenKind.Identifier && (Modifiers.Contains(Current.Text) || IsClassModifier()))
            {
                modifiers.Add(Current.Text);
                Advance();
                if (Current.Is("(") && !Current.NewlineBefore)
                {
                    SkipBalanced();
                }
            }
            else
            {
                break;
            }
        }

        ParseDeclaration(owner, modifiers);
    }

    private bool IsClassModifier() =>
        Current.Text == "class" && PeekAt(1) is { Kind: SwiftTokenKind.Identifier } next && (Modifiers.Contains(next.Text) || next.Text is "var" or "let" or "func" or "subscript");

    private void SkipAttribute()
    {
        Advance();
        if (Current.Is("(") && !Current.NewlineBefore)
        {
            SkipBalanced();
        }
    }

    /// <summary><c>#if</c>/<c>#elseif</c> conditions are skipped and every branch is read; other directives and macros are skipped.</summary>
    private void SkipDirective()
    {
        var text = Current.Text;
        Advance();
        if (text is "#if" or "#elseif")
        {
            while (!Current.NewlineBefore)
            {
                Advance();
            }

            return;
        }

        if (text is not ("#else" or "#endif"))
        {
            _index--;
            SkipStatement(); // a macro such as #Preview("…") { … } contentStates: { … }
        }
    }
}
