// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Benchmarks.Typed;

/// <summary>The caller's source-generated context: the AOT-safe way to plug the typed path in.</summary>
[JsonSerializable(typeof(BenchDeliveryAttributes))]
[JsonSerializable(typeof(BenchDeliveryState))]
internal sealed partial class TypedBenchJsonContext : JsonSerializerContext;
