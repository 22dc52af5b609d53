// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;

namespace Insider.LiveActivity.Benchmarks.Contenders;

/// <summary>Runs N callers that each await a call M times in a row, all at once.</summary>
internal static class ConcurrentCallers
{
    public static Task RunAsync(int callers, int callsPerCaller, Func<Task> call) => RunAsync(callers, callsPerCaller, call, latencies: null);

    /// <summary>As <see cref="RunAsync(int, int, Func{Task})"/>, recording each call's latency in Stopwatch ticks when <paramref name="latencies"/> is given.</summary>
    public static Task RunAsync(int callers, int callsPerCaller, Func<Task> call, long[]? latencies)
    {
        var workers = new Task[callers];
        for (var w = 0; w < callers; w++)
        {
            var offset = w * callsPerCaller;
            workers[w] = Task.Run(async () =>
            {
                for (var i = 0; i < callsPerCaller; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await call();
                    if (latencies is not null)
                    {
                        latencies[offset + i] = Stopwatch.GetTimestamp() - started;
                    }
                }
            });
        }

        return Task.WhenAll(workers);
    }
}
