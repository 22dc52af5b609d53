// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections;
using System.Globalization;
using System.Text;

namespace Insider.LiveActivity;

/// <summary>
/// The structured state of a failure log entry whose template holds only the fields the failure has: a transport failure
/// has no status or code, a 429 no error text, a <c>/register</c> no activity id. A fixed template would print them as
/// empty placeholders (<c>HTTP  ''</c>); this one leaves them out of both the line and the state. <c>{OriginalFormat}</c>
/// is the template actually used, so sinks that group by template still can.
/// </summary>
internal sealed class FailureLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>Renders the entry: the line built alongside the template.</summary>
    public static readonly Func<FailureLogState, Exception?, string> Formatter = static (state, _) => state._message;

    private readonly List<KeyValuePair<string, object?>> _values = new(10);
    private readonly StringBuilder _template = new(160);
    private readonly StringBuilder _line = new(160);
    private string _message = string.Empty;

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public KeyValuePair<string, object?> this[int index] => _values[index];

    /// <summary>Appends literal text to the template and the line.</summary>
    /// <param name="text">The text (no braces).</param>
    /// <returns>This state.</returns>
    public FailureLogState Text(string text)
    {
        _template.Append(text);
        _line.Append(text);
        return this;
    }

    /// <summary>Appends a placeholder with its value; <paramref name="format"/> is its format string, as in a template.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The value (not null: absent fields are not appended).</param>
    /// <param name="format">The format, or <see langword="null"/>.</param>
    /// <returns>This state.</returns>
    public FailureLogState Field(string name, object value, string? format = null)
    {
        _values.Add(new KeyValuePair<string, object?>(name, value));
        _template.Append('{').Append(name);
        if (format is not null)
        {
            _template.Append(':').Append(format);
        }

        _template.Append('}');
        _line.Append(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value.ToString());
        return this;
    }

    /// <summary>Ends the entry: adds <c>{OriginalFormat}</c> and fixes the line.</summary>
    /// <returns>This state.</returns>
    public FailureLogState Complete()
    {
        _values.Add(new KeyValuePair<string, object?>("{OriginalFormat}", _template.ToString()));
        _message = _line.ToString();
        return this;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => _message;
}
