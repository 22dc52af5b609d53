// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// Reads a <see cref="FakeLogRecord"/> (Microsoft.Extensions.Diagnostics.Testing). FakeLogger keeps each structured
/// value as its invariant-culture text, so a test compares with <see cref="Logged"/> of the value it expects.
/// </summary>
public static class FakeLogRecordExtensions
{
    /// <summary>Gets the structured value named <paramref name="key"/> as FakeLogger recorded it, or null if absent or null.</summary>
    public static string? Value(this FakeLogRecord record, string key) =>
        record.StructuredState?.FirstOrDefault(kv => string.Equals(kv.Key, key, StringComparison.Ordinal)).Value;

    /// <summary>Gets the text FakeLogger records for a structured value.</summary>
    public static string? Logged(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);

    /// <summary>Gets everything a log sink could write: the line, every state value and the exception.</summary>
    public static string AllText(this FakeLogRecord record) =>
        string.Join(" | ", new[] { record.Message, record.Exception?.ToString() }
            .Concat((record.StructuredState ?? []).Select(kv => $"{kv.Key}={kv.Value}")));
}
