// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>
/// Splits Swift source into tokens: identifiers, numbers, string literals (plain, multi-line, raw, with interpolation),
/// punctuation, <c>@attributes</c> and <c>#directives</c>. Comments (nested block comments too) disappear, so braces inside
/// comments and string literals never reach the parser.
/// </summary>
internal sealed partial class SwiftLexer
{
    private readonly string _source;
    private int _pos;
    private int _line = 1;
    private bool _newline = true;
    private int _interpolationDepth;

    private SwiftLexer(string source) => _source = source;

    public static List<SwiftToken> Tokenize(string source)
    {
        var lexer = new SwiftLexer(source);
        var tokens = new List<SwiftToken>();
        SwiftToken token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != SwiftTokenKind.End);

        return tokens;
    }

    private char Peek(int ahead = 0) => _pos + ahead < _source.Length ? _source[_pos + ahead] : '\0';

    private SwiftToken Next()
    {
        SkipTrivia();
        var newline = _newline;
        _newline = false;
        var line = _line;
        if (_pos >= _source.Length)
        {
            return new SwiftToken(SwiftTokenKind.End, string.Empty, line, true);
        }

        var c = Peek();
        if (c == '"' || (c == '#' && (Peek(1) == '"' || Peek(1) == '#')))
        {
            return new SwiftToken(SwiftTokenKind.String, ReadString(), line, newline);
        }

        if (IsIdentifierStart(c) || c == '`' || c == '$')
        {
            return new SwiftToken(SwiftTokenKind.Identifier, ReadIdentifier(), line, newline);
        }

        if (char.IsAsciiDigit(c))
        {
            return new SwiftToken(SwiftTokenKind.Number, ReadNumber(), line, newline);
        }

        if ((c == '@' || c == '#') && IsIdentifierStart(Peek(1)))
        {
            _pos++;
            var name = ReadIdentifier();
            return new SwiftToken(c == '@' ? SwiftTokenKind.Attribute : SwiftTokenKind.Directive, c == '#' ? "#" + name : name, line, newline);
        }

        if (c == '-' && Peek(1) == '>')
        {
            _pos += 2;
            return new SwiftToken(SwiftTokenKind.Punctuation, "->", line, newline);
        }

        _pos++;
        return new SwiftToken(SwiftTokenKind.Punctuation, c.ToString(), line, newline);
    }

    private void SkipTrivia()
    {
        while (_pos < _source.Length)
        {
            var c = Peek();
            if (c == '\n')
            {
                _line++;
                _newline = true;
                _pos++;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _source.Length && Peek() != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        var depth = 0;
        do
        {
            if (Peek() == '/' && Peek(1) == '*')
            {
                depth++;
                _pos += 2;
            }
            else if (Peek() == '*' && Peek(1) == '/')
            {
                depth--;
                _pos += 2;
            }
            else
            {
                if (Peek() == '\n')
                {
                    _line++;
                    _newline = true;
                }

                _pos++;
            }
        }
        while (depth > 0 && _pos < _source.Length);
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private string ReadIdentifier()
    {
        if (Peek() == '`')
        {
            var end = _source.IndexOf('`', _pos + 1);
            var stop = end < 0 ? _source.Length : end;
            var name = _source[(_pos + 1)..stop];
            _pos = Math.Min(_source.Length, stop + 1);
            return name;
        }

        var start = _pos;
        _pos++;
        while (_pos < _source.Length && (char.IsLetterOrDigit(Peek()) || Peek() == '_'))
        {
            _pos++;
        }

        return _source[start.._pos];
    }

    private string ReadNumber()
    {
        var start = _pos;
        var hex = Peek() == '0' && (Peek(1) is 'x' or 'X');
        if (hex)
        {
            _pos += 2;
        }

        while (_pos < _source.Length)
        {
            var c = Peek();
            if (char.IsAsciiLetterOrDigit(c) && !(c is 'e' or 'E' or 'p' or 'P' && !hex))
            {
                _pos++;
            }
            else if (c == '_' || (c == '.' && char.IsAsciiDigit(Peek(1))))
            {
                _pos++;
            }
            else if (c is 'e' or 'E' or 'p' or 'P')
            {
                _pos += Peek(1) is '+' or '-' ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        return _source[start.._pos].Replace("_", string.Empty, StringComparison.Ordinal);
    }
}
