// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Server;

namespace Insider.LiveActivity.Benchmarks.Suites;

/// <summary>
/// 64 concurrent callers share one client and send 100 updates each (6,400 in all). Mean and Allocated are per update
/// (OperationsPerInvoke), so throughput is 1 / Mean. p50/p99 come from <c>-- --latency</c> (see <see cref="Measurements.LatencyMeasurement"/>).
/// </summary>
[MemoryDiagnoser]
public class ConcurrencyBenchmarks
{
    public const int Callers = 64;
    public const int UpdatesPerCaller = 100;
    public const int TotalUpdates = Callers * UpdatesPerCaller;

    private SdkContender _sdk = null!;
    private RawFloorContender _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        var address = StubServerLocator.BaseAddress;
        _sdk = new SdkContender(address);
        _raw = new RawFloorContender(address);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _raw.Dispose();
    }

    [Benchmark(OperationsPerInvoke = TotalUpdates)]
    public Task Update64Callers_Sdk() => ConcurrentCallers.RunAsync(Callers, UpdatesPerCaller, () => _sdk.UpdateAsync());

    [Benchmark(Baseline = true, OperationsPerInvoke = TotalUpdates)]
    public Task Update64Callers_RawFloor() => ConcurrentCallers.RunAsync(Callers, UpdatesPerCaller, () => _raw.UpdateAsync());
}
