// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using BenchmarkDotNet.Running;
using Insider.LiveActivity.Benchmarks;
using Insider.LiveActivity.Benchmarks.Measurements;
using Insider.LiveActivity.Benchmarks.Server;
using Insider.LiveActivity.Benchmarks.Suites;

// --server: the stub API (started by the host below, in its own process, so its cost stays out of the measurements).
if (args is [StubServerProcess.ServerArgument])
{
    return await StubServerProcess.RunServerAsync();
}

// One server for the whole run; BenchmarkDotNet's per-class child processes inherit its address.
using var server = StubServerProcess.Start();
Environment.SetEnvironmentVariable(StubServerLocator.EnvironmentVariable, server.BaseAddress.ToString());
Console.WriteLine($"// Stub server: {server.BaseAddress}");

if (args.Contains("--latency"))
{
    return await LatencyMeasurement.RunAsync();
}

if (args.Contains("--alloc"))
{
    return await AllocationMeasurement.RunAsync();
}

if (args.Contains("--loh"))
{
    return await LohMeasurement.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(PerCallBenchmarks).Assembly).Run(args, BenchmarkConfig.Create(args));
return 0;
