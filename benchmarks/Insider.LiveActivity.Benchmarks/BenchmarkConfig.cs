// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Insider.LiveActivity.Benchmarks;

/// <summary>
/// The run's configuration: BenchmarkDotNet's defaults plus, unless <c>--job</c> is given on the command line, the
/// "Final" job (3 warm-up and 10 measured iterations), which runs the whole suite in well under 15 minutes.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance);
        var jobOnCommandLine = args.Any(static a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
        return jobOnCommandLine
            ? config
            : config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Final"));
    }
}
