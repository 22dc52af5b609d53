// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Peer;
using Insider.LiveActivity.Benchmarks.Raw;
using Insider.LiveActivity.Benchmarks.Server;

namespace Insider.LiveActivity.Benchmarks.Suites;

/// <summary>
/// The two large bodies: sending a 10,000-id <c>/register</c> (the documented maximum), and parsing a <c>/register</c>
/// answer with 5,000 <c>gdpr_denied_details</c> entries (the stub serves it under <c>/large/</c>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LargePayloadBenchmarks
{
    private SdkContender _sdk = null!;
    private RawFloorContender _raw = null!;
    private RestSharpContender _peer = null!;
    private RestSharpContender _oneSignal = null!;
    private SdkContender _sdkLargeAnswer = null!;
    private RawFloorContender _rawLargeAnswer = null!;
    private RestSharpContender _peerLargeAnswer = null!;
    private RestSharpContender _oneSignalLargeAnswer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var address = StubServerLocator.BaseAddress;
        _sdk = new SdkContender(address);
        _raw = new RawFloorContender(address);
        _peer = new RestSharpContender(address, newClientPerCall: false);
        _oneSignal = new RestSharpContender(address, newClientPerCall: true);

        var large = StubServerLocator.LargeBaseAddress;
        _sdkLargeAnswer = new SdkContender(large);
        _rawLargeAnswer = new RawFloorContender(large);
        _peerLargeAnswer = new RestSharpContender(large, newClientPerCall: false);
        _oneSignalLargeAnswer = new RestSharpContender(large, newClientPerCall: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sdk.Dispose();
        _raw.Dispose();
        _peer.Dispose();
        _oneSignal.Dispose();
        _sdkLargeAnswer.Dispose();
        _rawLargeAnswer.Dispose();
        _peerLargeAnswer.Dispose();
        _oneSignalLargeAnswer.Dispose();
    }

    [BenchmarkCategory("Send10kIds"), Benchmark]
    public Task<ActivityRegistration> Send10kIds_Sdk() => _sdk.RegisterLargeAsync();

    [BenchmarkCategory("Send10kIds"), Benchmark(Baseline = true)]
    public Task<RawRegistration> Send10kIds_RawFloor() => _raw.RegisterLargeAsync();

    [BenchmarkCategory("Send10kIds"), Benchmark]
    public Task<PeerRegistration> Send10kIds_TypicalPeer() => _peer.RegisterLargeAsync();

    [BenchmarkCategory("Send10kIds"), Benchmark]
    public Task<PeerRegistration> Send10kIds_OneSignalStyle() => _oneSignal.RegisterLargeAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark]
    public Task<ActivityRegistration> Parse5kDenied_Sdk() => _sdkLargeAnswer.RegisterAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark(Baseline = true)]
    public Task<RawRegistration> Parse5kDenied_RawFloor() => _rawLargeAnswer.RegisterAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark]
    public Task<PeerRegistration> Parse5kDenied_TypicalPeer() => _peerLargeAnswer.RegisterAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark]
    public Task<PeerRegistration> Parse5kDenied_OneSignalStyle() => _oneSignalLargeAnswer.RegisterAsync();
}
