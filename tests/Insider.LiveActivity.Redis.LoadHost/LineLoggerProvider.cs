using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Redis.LoadHost;

/// <summary>
/// Writes what the proof reads: each lease claim as "claimed {count} {scaled unix ms}" on stdout, and every warning or error as one
/// line on stderr (shown by the test when it fails).
/// </summary>
internal sealed class LineLoggerProvider(TimeProvider clock) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(clock);

    public void Dispose()
    {
    }

    private sealed class LineLogger(TimeProvider clock) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name == "LeasesClaimed" && state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                var count = values.First(v => v.Key == "Count").Value;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claimed {count} {clock.GetUtcNow().ToUnixTimeMilliseconds()}"));
            }
            else if (logLevel >= LogLevel.Warning)
            {
                Console.Error.WriteLine($"{logLevel} {eventId.Name}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
            }
        }
    }
}
