// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>One captured log entry: the rendered line and the structured state.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> State, Exception? Exception)
{
    public object? this[string key] => State.TryGetValue(key, out var value) ? value : null;

    /// <summary>Gets everything a log sink could write: the line, every state value and the exception.</summary>
    public string AllText => string.Join(" | ", new[] { Message, Exception?.ToString() }.Concat(State.Select(kv => $"{kv.Key}={kv.Value}")));
}

/// <summary>An <see cref="ILoggerProvider"/> (and <see cref="ILogger"/>) that keeps every entry, at every level.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private readonly string _category;

    public CapturingLoggerProvider()
        : this("test")
    {
    }

    private CapturingLoggerProvider(string category, ConcurrentQueue<LogEntry>? entries = null)
    {
        _category = category;
        _entries = entries ?? new ConcurrentQueue<LogEntry>();
    }

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLoggerProvider(categoryName, _entries);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            dictionary[key] = value;
        }

        _entries.Enqueue(new LogEntry(_category, logLevel, eventId, formatter(state, exception), dictionary, exception));
    }

    public void Dispose()
    {
    }
}
