// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Server;
using Insider.LiveActivity.Benchmarks.Typed;

namespace Insider.LiveActivity.Benchmarks.Suites;

/// <summary>
/// Typed <c>/update</c> (<c>ForActivity&lt;TAttributes, TState&gt;</c>) against the untyped <see cref="JsonObject"/> path for the same
/// state, <c>{"status":"in_transit","etaMinutes":30}</c>. The JsonObject path builds its object per call, as a backend does from its own
/// data; the typed path encodes the record per call. "Encode" measures the content state alone (no HTTP).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TypedContentBenchmarks
{
    private static readonly BenchDeliveryState State = new(BenchDeliveryStatus.InTransit, 30);

    private ContenderSet _set = null!;
    private LiveActivityHandle<BenchDeliveryAttributes, BenchDeliveryState> _sourceGenerated = null!;
    private LiveActivityHandle<BenchDeliveryAttributes, BenchDeliveryState> _reflection = null!;
    private JsonSerializerOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _set = new ContenderSet(StubServerLocator.BaseAddress);
        _sourceGenerated = _set.Sdk.Client.ForActivity<BenchDeliveryAttributes, BenchDeliveryState>(TypedBenchJsonContext.Default);
        _reflection = _set.Sdk.Client.ForActivity<BenchDeliveryAttributes, BenchDeliveryState>();
        _options = _sourceGenerated.Options;
    }

    [GlobalCleanup]
    public void Cleanup() => _set.Dispose();

    [BenchmarkCategory("Update"), Benchmark(Baseline = true)]
    public Task<PushSummary> Update_JsonObject() => _set.Sdk.Client.UpdateAsync(new UpdateRequest
    {
        ActivityId = BenchmarkPayloads.ActivityId,
        ActivityType = BenchmarkPayloads.ActivityType,
        Content = new LiveActivityContent { ContentState = BenchmarkPayloads.ContentState() },
    });

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PushSummary> Update_Typed_SourceGenerated() => _sourceGenerated.UpdateAsync(BenchmarkPayloads.ActivityId, State);

    [BenchmarkCategory("Update"), Benchmark]
    public Task<PushSummary> Update_Typed_Reflection() => _reflection.UpdateAsync(BenchmarkPayloads.ActivityId, State);

    [BenchmarkCategory("Encode"), Benchmark(Baseline = true)]
    public string Encode_JsonObject() => BenchmarkPayloads.ContentState().ToJsonString();

    [BenchmarkCategory("Encode"), Benchmark]
    public string Encode_Typed_SourceGenerated() => LiveActivityContentEncoding.Encode(State, _options).ToJsonString();
}
