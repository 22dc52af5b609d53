// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Peer;
using Insider.LiveActivity.Benchmarks.Raw;
using Insider.LiveActivity.Benchmarks.Server;

namespace Insider.LiveActivity.Benchmarks.Suites;

/// <summary>One call per endpoint (register with 10 ids, start, update with a small content state, end), four contenders each.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerCallBenchmarks
{
    private ContenderSet _set = null!;

    [GlobalSetup]
    public void Setup() => _set = new ContenderSet(StubServerLocator.BaseAddress);

    [GlobalCleanup]
    public void Cleanup() => _set.Dispose();

    [BenchmarkCategory("Register"), Benchmark]
    public Task<ActivityRegistration> Register_Sdk() => _set.Sdk.RegisterAsync();

    [BenchmarkCategory("Register"), Benchmark(Baseline = true)]
    public Task<RawRegistration> Register_RawFloor() => _set.RawFloor.RegisterAsync();

    [BenchmarkCategory("Register"), Benchmark]
    public Task<PeerRegistration> Register_TypicalPeer() => _set.TypicalPeer.RegisterAsync();

    [BenchmarkCategory("Register"), Benchmark]
    public Task<PeerRegistration> Register_OneSignalStyle() => _set.OneSignalStyle.RegisterAsync();

    [BenchmarkCategory("Start"), Benchmark]
    public Task<PushSummary> Start_Sdk() => _set.Sdk.StartAsync();

    [BenchmarkCategory("Start"), Benchmark(Baseline = true)]
    public Task<RawPushSummary> Start_RawFloor() => _set.RawFloor.StartAsync();

    [BenchmarkCategory("Start"), Benchmark]
    public Task<PeerPushSummary> Start_TypicalPeer() => _set.TypicalPeer.StartAsync();

    [BenchmarkCategory("Start"), Benchmark]
    public Task<PeerPushSummary> Start_OneSignalStyle() => _set.OneSignalStyle.StartAsync();

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PushSummary> Update_Sdk() => _set.Sdk.UpdateAsync();

    [BenchmarkCategory("Update"), Benchmark(Baseline = true)]
    public Task<RawPushSummary> Update_RawFloor() => _set.RawFloor.UpdateAsync();

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PeerPushSummary> Update_TypicalPeer() => _set.TypicalPeer.UpdateAsync();

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PeerPushSummary> Update_OneSignalStyle() => _set.OneSignalStyle.UpdateAsync();

    [BenchmarkCategory("End"), Benchmark]
    public Task<PushSummary> End_Sdk() => _set.Sdk.EndAsync();

    [BenchmarkCategory("End"), Benchmark(Baseline = true)]
    public Task<RawPushSummary> End_RawFloor() => _set.RawFloor.EndAsync();

    [BenchmarkCategory("End"), Benchmark]
    public Task<PeerPushSummary> End_TypicalPeer() => _set.TypicalPeer.EndAsync();

    [BenchmarkCategory("End"), Benchmark]
    public Task<PeerPushSummary> End_OneSignalStyle() => _set.OneSignalStyle.EndAsync();
}
