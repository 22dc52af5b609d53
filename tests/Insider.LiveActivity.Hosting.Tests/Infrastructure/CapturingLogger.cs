using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>Keeps every log entry (level, event name, text) for assertions.</summary>
public sealed class CapturingLogger : ILogger<LiveActivityOrchestrator>
{
    private readonly ConcurrentQueue<(LogLevel Level, string? Event, string Text)> _entries = new();

    public IReadOnlyCollection<(LogLevel Level, string? Event, string Text)> Entries => _entries;

    public int Count(string eventName) => _entries.Count(e => e.Event == eventName);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, eventId.Name, formatter(state, exception)));
}
