// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text;

namespace Insider.LiveActivity.Contracts;

/// <content>String literals: <c>"…"</c>, <c>"""…"""</c>, raw <c>#"…"#</c>, escapes and <c>\( … )</c> interpolation.</content>
internal sealed partial class SwiftLexer
{
    private string ReadString()
    {
        var hashes = 0;
        while (Peek() == '#')
        {
            hashes++;
            _pos++;
        }

        var multiLine = Peek() == '"' && Peek(1) == '"' && Peek(2) == '"';
        _pos += multiLine ? 3 : 1;
        var delimiter = (multiLine ? "\"\"\"" : "\"") + new string('#', hashes);
        var escape = "\\" + new string('#', hashes);
        var value = new StringBuilder();
        while (_pos < _source.Length)
        {
            if (string.CompareOrdinal(_source, _pos, delimiter, 0, delimiter.Length) == 0)
            {
                _pos += delimiter.Length;
                return value.ToString();
            }

            var c = Peek();
            if (c == '\n')
            {
                if (!multiLine)
                {
                    throw new SwiftSyntaxException(_line, "a string literal is not closed before the end of the line");
                }

                _line++;
            }

            if (string.CompareOrdinal(_source, _pos, escape, 0, escape.Length) == 0)
            {
                _pos += escape.Length;
                ReadEscape(value);
                continue;
            }

            value.Append(c);
            _pos++;
        }

        throw new SwiftSyntaxException(_line, "a string literal is not closed before the end of the file");
    }

    private void ReadEscape(StringBuilder value)
    {
        var c = Peek();
        _pos++;
        switch (c)
        {
            case 'n': value.Append('\n'); break;
            case 't': value.Append('\t'); break;
            case 'r': value.Append('\r'); break;
            case '0': value.Append('\0'); break;
            case 'u' when Peek() == '{':
                var end = _source.IndexOf('}', _pos);
                if (end < 0 || !int.TryParse(_source.AsSpan(_pos + 1, end - _pos - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    throw new SwiftSyntaxException(_line, "a \\u{…} escape is malformed");
                }

                value.Append(char.ConvertFromUtf32(code));
                _pos = end + 1;
                break;
            case '(':
                value.Append("\\(").Append(SkipInterpolation()).Append(')');
                break;
            case '\n':
                _line++;
                break;
            default: value.Append(c); break;
        }
    }

    /// <summary>Skips an interpolated expression up to its closing parenthesis; nested strings and parentheses are honoured.</summary>
    private string SkipInterpolation()
    {
        if (++_interpolationDepth > 32)
        {
            throw new SwiftSyntaxException(_line, "string interpolations nest deeper than 32 levels");
        }

        var start = _pos;
        var depth = 1;
        while (_pos < _source.Length)
        {
            var c = Peek();
            if (c == '"')
            {
                ReadString();
                continue;
            }

            _pos++;
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                _interpolationDepth--;
                return _source[start..(_pos - 1)];
            }
            else if (c == '\n')
            {
                _line++;
            }
        }

        throw new SwiftSyntaxException(_line, "a string interpolation \\( … ) is not closed");
    }
}
