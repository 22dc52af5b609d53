using System.Globalization;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>What an orchestrator fleet run produced: the store's records, the emulator's requests and every host's stdout.</summary>
public sealed record OrchestratorFleetResult(
    FleetDisruption Disruption,
    DateTimeOffset Go,
    DateTimeOffset DisruptedAt,
    DateTimeOffset? TakenOverAt,
    IReadOnlyList<LiveActivityRecord> Records,
    IReadOnlyList<RecordedRequest> Requests,
    IReadOnlyList<IReadOnlyList<string>> HostLines)
{
    /// <summary>Gets each host's stderr (its warnings and errors, one per line).</summary>
    public IReadOnlyList<string> HostErrors { get; init; } = [];

    /// <summary>Gets the number of warning and error lines per host and event, e.g. "host 1 UnexpectedFailure: 3".</summary>
    public string HostErrorSummary() => string.Join(", ", HostErrors.SelectMany((text, host) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => $"host {host} {line.Split(':')[0]}")).GroupBy(l => l).Select(g => $"{g.Key}: {g.Count()}"));

    /// <summary>Gets the successful requests of an endpoint by activity id.</summary>
    public ILookup<string, RecordedRequest> Succeeded(EmulatorEndpoint endpoint) =>
        Requests.Where(r => r.Endpoint == endpoint && r.StatusCode == 200).ToLookup(r => r.ParseBody()!["activity_id"]!.GetValue<string>());

    /// <summary>Gets the last state each host acknowledged per key ("ack {key} {state}" lines, in order).</summary>
    public IReadOnlyDictionary<string, string> LastAcknowledged() =>
        HostLines.SelectMany(lines => lines).Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).Select(l => l.Split(' '))
            .GroupBy(p => p[1]).ToDictionary(g => g.Key, g => g.Last()[2]);

    /// <summary>Gets the claims the hosts other than host 0 made after the disruption: (count, scaled time).</summary>
    public IReadOnlyList<(int Count, DateTimeOffset At)> ClaimsAfterDisruption() =>
        HostLines.Skip(1).SelectMany(lines => lines).Where(l => l.StartsWith("claimed ", StringComparison.Ordinal)).Select(l => l.Split(' '))
            .Select(p => (int.Parse(p[1], CultureInfo.InvariantCulture), DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(p[2], CultureInfo.InvariantCulture))))
            .Where(c => c.Item2 >= DisruptedAt).OrderBy(c => c.Item2).ToList();

    public static string Status(RecordedRequest request) => request.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>();

    public override string ToString()
    {
        var starts = Succeeded(EmulatorEndpoint.Start);
        var ends = Succeeded(EmulatorEndpoint.End);
        var endLeads = Records.Select(r => ends[r.ActivityId ?? string.Empty].Select(e => (r.EndsAt - e.Timestamp).TotalMinutes).DefaultIfEmpty(double.NaN).Min()).ToList();
        var claims = string.Join(", ", ClaimsAfterDisruption().Select(c => FormattableString.Invariant($"{c.Count} at +{(c.At - DisruptedAt).TotalSeconds:F1} s")));
        var requests = Requests.Count;
        var rateLimited = Requests.Count(r => r.StatusCode == 429);
        var registers = Requests.Count(r => r.Endpoint == EmulatorEndpoint.Register && r.StatusCode == 200);
        var updates = Requests.Count(r => r.Endpoint == EmulatorEndpoint.Update && r.StatusCode == 200);
        return FormattableString.Invariant(
            $"{Disruption}: {Records.Count} activities, {requests} requests ({rateLimited} x 429), {starts.Sum(g => g.Count())} effective starts, {ends.Sum(g => g.Count())} effective ends, {registers} registers, {updates} updates, smallest end lead before ends_at {endLeads.Min():F2} min, the killed host's leases all held by survivors at +{((TakenOverAt ?? DisruptedAt) - DisruptedAt).TotalSeconds:F1} s, claims after the disruption: {claims}");
    }
}
