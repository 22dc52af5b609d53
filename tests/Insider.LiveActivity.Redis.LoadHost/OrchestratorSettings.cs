using System.Globalization;

namespace Insider.LiveActivity.Redis.LoadHost;

/// <summary>The command line of one orchestrator process (times on the shared scaled clock).</summary>
internal sealed class OrchestratorSettings
{
    public required Uri BaseAddress { get; init; }

    public required string ApiKey { get; init; }

    public required string Redis { get; init; }

    /// <summary>Gets the origin of the scaled clock (the same in every process of a run).</summary>
    public DateTimeOffset Origin { get; init; }

    public double Scale { get; init; }

    /// <summary>Gets the index of this process, which names its activities (<c>p{index}-{n}</c>).</summary>
    public int Index { get; init; }

    public int Activities { get; init; }

    /// <summary>Gets how long after "go" the activities start.</summary>
    public TimeSpan StartAfter { get; init; }

    /// <summary>Gets how long an activity lives from its start to its <c>ends_at</c>.</summary>
    public TimeSpan Lifetime { get; init; }

    /// <summary>Gets how long after "go" the second state of every activity is published.</summary>
    public TimeSpan SecondPublishAfter { get; init; }

    public static OrchestratorSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Get(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"missing {name}");
        double Number(string name) => double.Parse(Get(name), CultureInfo.InvariantCulture);
        return new OrchestratorSettings
        {
            BaseAddress = new Uri(Get("--base-address")),
            ApiKey = Get("--api-key"),
            Redis = Get("--redis"),
            Origin = DateTimeOffset.FromUnixTimeMilliseconds((long)Number("--origin-ms")),
            Scale = Number("--scale"),
            Index = (int)Number("--index"),
            Activities = (int)Number("--activities"),
            StartAfter = TimeSpan.FromMilliseconds(Number("--start-after-ms")),
            Lifetime = TimeSpan.FromMilliseconds(Number("--lifetime-ms")),
            SecondPublishAfter = TimeSpan.FromMilliseconds(Number("--second-publish-after-ms")),
        };
    }
}
