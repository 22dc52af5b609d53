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
    private SdkContender _sdk = null!;
    private RawFloorContender _raw = null!;
    private RestSharpContender _peer = null!;
    private RestSharpContender _oneSignal = null!;

    [GlobalSetup]
    public void Setup()
    {
        var address = StubServerLocator.BaseAddress;
        _sdk = new SdkContender(address);
        _raw = new RawFloorContender(address);
        _peer = new RestSharpContender(address, newClientPerCall: false);
        _oneSignal = new RestSharpContender(address, newClientPerCall: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _raw.Dispose();
        _peer.Dispose();
        _oneSignal.Dispose();
    }

    [BenchmarkCategory("Register"), Benchmark]
    public Task<ActivityRegistration> Register_Sdk() => _sdk.RegisterAsync();

    [BenchmarkCategory("Register"), Benchmark(Baseline = true)]
    public Task<RawRegistration> Register_RawFloor() => _raw.RegisterAsync();

    [BenchmarkCategory("Register"), Benchmark]
    public Task<PeerRegistration> Register_TypicalPeer() => _peer.RegisterAsync();

    [BenchmarkCategory("Register"), Benchmark]
    public Task<PeerRegistration> Register_OneSignalStyle() => _oneSignal.RegisterAsync();

    [BenchmarkCategory("Start"), Benchmark]
    public Task<PushSummary> Start_Sdk() => _sdk.StartAsync();

    [BenchmarkCategory("Start"), Benchmark(Baseline = true)]
    public Task<RawPushSummary> Start_RawFloor() => _raw.StartAsync();

    [BenchmarkCategory("Start"), Benchmark]
    public Task<PeerPushSummary> Start_TypicalPeer() => _peer.StartAsync();

    [BenchmarkCategory("Start"), Benchmark]
    public Task<PeerPushSummary> Start_OneSignalStyle() => _oneSignal.StartAsync();

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PushSummary> Update_Sdk() => _sdk.UpdateAsync();

    [BenchmarkCategory("Update"), Benchmark(Baseline = true)]
    public Task<RawPushSummary> Update_RawFloor() => _raw.UpdateAsync();

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PeerPushSummary> Update_TypicalPeer() => _peer.UpdateAsync();

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PeerPushSummary> Update_OneSignalStyle() => _oneSignal.UpdateAsync();

    [BenchmarkCategory("End"), Benchmark]
    public Task<PushSummary> End_Sdk() => _sdk.EndAsync();

    [BenchmarkCategory("End"), Benchmark(Baseline = true)]
    public Task<RawPushSummary> End_RawFloor() => _raw.EndAsync();

    [BenchmarkCategory("End"), Benchmark]
    public Task<PeerPushSummary> End_TypicalPeer() => _peer.EndAsync();

    [BenchmarkCategory("End"), Benchmark]
    public Task<PeerPushSummary> End_OneSignalStyle() => _oneSignal.EndAsync();
}
