// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Globalization;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Server;
using Insider.LiveActivity.Benchmarks.Suites;

namespace Insider.LiveActivity.Benchmarks.Measurements;

/// <summary>
/// <c>-- --latency</c>: 64 callers on one client, 100 updates each, for the SDK and the floor in alternating rounds;
/// prints throughput (median round) and the p50/p99 of every call's latency, as a Markdown table.
/// </summary>
internal static class LatencyMeasurement
{
    private const int Rounds = 10;
    private const int WarmupRounds = 3;

    public static async Task<int> RunAsync()
    {
        var address = StubServerLocator.BaseAddress;
        using var sdk = new SdkContender(address);
        using var raw = new RawFloorContender(address);
        var contenders = new (string Name, Func<Task> Call)[]
        {
            ("RawFloor", () => raw.UpdateAsync()),
            ("Sdk", () => sdk.UpdateAsync()),
        };
        var latencies = contenders.Select(_ => new List<long>()).ToArray();
        var throughputs = contenders.Select(_ => new List<double>()).ToArray();
        var buffer = new long[ConcurrencyBenchmarks.TotalUpdates];

        for (var round = -WarmupRounds; round < Rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                var c = (round & 1) == 0 ? k : contenders.Length - 1 - k;
                var started = Stopwatch.GetTimestamp();
                await ConcurrentCallers.RunAsync(ConcurrencyBenchmarks.Callers, ConcurrencyBenchmarks.UpdatesPerCaller, contenders[c].Call, buffer);
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (round >= 0)
                {
                    throughputs[c].Add(buffer.Length / elapsed.TotalSeconds);
                    latencies[c].AddRange(buffer);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"{ConcurrencyBenchmarks.Callers} callers x {ConcurrencyBenchmarks.UpdatesPerCaller} updates, {Rounds} rounds per contender, {Environment.ProcessorCount} logical cores"));
        Console.WriteLine();
        Console.WriteLine("| Contender | Throughput (updates/s, median round) | p50 (µs) | p99 (µs) | Throughput vs RawFloor | p50 vs RawFloor | p99 vs RawFloor |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var baseline = Summarize(throughputs[0], latencies[0]);
        for (var c = 0; c < contenders.Length; c++)
        {
            var s = Summarize(throughputs[c], latencies[c]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {contenders[c].Name} | {s.Throughput:N0} | {s.P50:N0} | {s.P99:N0} | {s.Throughput / baseline.Throughput:F2} | {s.P50 / baseline.P50:F2} | {s.P99 / baseline.P99:F2} |"));
        }

        return 0;
    }

    private static (double Throughput, double P50, double P99) Summarize(List<double> throughputs, List<long> latencies)
    {
        throughputs.Sort();
        latencies.Sort();
        return (throughputs[throughputs.Count / 2], Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(List<long> sorted, double p)
    {
        var index = Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1);
        return sorted[index] * 1_000_000.0 / Stopwatch.Frequency;
    }
}
