using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.IntegrationTests.Infrastructure;

/// <summary>A logger that keeps every formatted line (with its exception text) so a test can search them for secrets.</summary>
public sealed class CapturingLogger : ILogger
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _lines.Enqueue($"{logLevel} {eventId.Name}: {formatter(state, exception)}{(exception is null ? string.Empty : " | " + exception)}");
    }

    /// <summary>Returns the first line that contains any of <paramref name="secrets"/>, or <see langword="null"/>.</summary>
    public string? FirstLineContaining(IEnumerable<string> secrets)
    {
        var list = secrets.ToList();
        return _lines.FirstOrDefault(line => list.Any(secret => line.Contains(secret, StringComparison.Ordinal)));
    }
}
