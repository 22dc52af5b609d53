using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.IntegrationTests.Infrastructure;

/// <summary>Searches what a <see cref="FakeLogger"/> (Microsoft.Extensions.Diagnostics.Testing) captured for secrets.</summary>
public static class FakeLoggerExtensions
{
    /// <summary>Returns the first line (level, event, message and exception text) that contains any of <paramref name="secrets"/>, or <see langword="null"/>.</summary>
    public static string? FirstLineContaining(this FakeLogger logger, IEnumerable<string> secrets)
    {
        var list = secrets.ToList();
        return logger.Collector.GetSnapshot()
            .Select(r => $"{r.Level} {r.Id.Name}: {r.Message}{(r.Exception is null ? string.Empty : " | " + r.Exception)}")
            .FirstOrDefault(line => list.Any(secret => line.Contains(secret, StringComparison.Ordinal)));
    }
}
