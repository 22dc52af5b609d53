using System.Globalization;

namespace Insider.LiveActivity.Redis.LoadHost;

/// <summary>The command line of one fleet process.</summary>
internal sealed class LoadSettings
{
    public required Uri BaseAddress { get; init; }

    public required string ApiKey { get; init; }

    public required string ActivityId { get; init; }

    /// <summary>Gets the Redis configuration, or <see langword="null"/> for the in-process budget.</summary>
    public string? Redis { get; init; }

    public double CallsPerSecond { get; init; }

    public TimeSpan Duration { get; init; }

    public int PermitLimit { get; init; }

    public TimeSpan Window { get; init; }

    public static LoadSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Get(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing {name}");
        double Number(string name) => double.Parse(Get(name), CultureInfo.InvariantCulture);
        return new LoadSettings
        {
            BaseAddress = new Uri(Get("--base-address")),
            ApiKey = Get("--api-key"),
            ActivityId = Get("--activity-id"),
            Redis = values.GetValueOrDefault("--redis"),
            CallsPerSecond = Number("--calls-per-second"),
            Duration = TimeSpan.FromMilliseconds(Number("--duration-ms")),
            PermitLimit = (int)Number("--permit-limit"),
            Window = TimeSpan.FromMilliseconds(Number("--window-ms")),
        };
    }
}
