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
    private ContenderSet _set = null!;
    private ContenderSet _largeAnswer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _set = new ContenderSet(StubServerLocator.BaseAddress);
        _largeAnswer = new ContenderSet(StubServerLocator.LargeBaseAddress);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _set.Dispose();
        _largeAnswer.Dispose();
    }

    [BenchmarkCategory("Send10kIds"), Benchmark]
    public Task<ActivityRegistration> Send10kIds_Sdk() => _set.Sdk.RegisterLargeAsync();

    [BenchmarkCategory("Send10kIds"), Benchmark(Baseline = true)]
    public Task<RawRegistration> Send10kIds_RawFloor() => _set.RawFloor.RegisterLargeAsync();

    [BenchmarkCategory("Send10kIds"), Benchmark]
    public Task<PeerRegistration> Send10kIds_TypicalPeer() => _set.TypicalPeer.RegisterLargeAsync();

    [BenchmarkCategory("Send10kIds"), Benchmark]
    public Task<PeerRegistration> Send10kIds_OneSignalStyle() => _set.OneSignalStyle.RegisterLargeAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark]
    public Task<ActivityRegistration> Parse5kDenied_Sdk() => _largeAnswer.Sdk.RegisterAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark(Baseline = true)]
    public Task<RawRegistration> Parse5kDenied_RawFloor() => _largeAnswer.RawFloor.RegisterAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark]
    public Task<PeerRegistration> Parse5kDenied_TypicalPeer() => _largeAnswer.TypicalPeer.RegisterAsync();

    [BenchmarkCategory("Parse5kDenied"), Benchmark]
    public Task<PeerRegistration> Parse5kDenied_OneSignalStyle() => _largeAnswer.OneSignalStyle.RegisterAsync();
}
