// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's source-generated serializer (snake_case), independent of the SDK's own context.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RawRegisterRequest))]
[JsonSerializable(typeof(RawPushRequest))]
[JsonSerializable(typeof(RawRegistration))]
[JsonSerializable(typeof(RawPushSummary))]
internal sealed partial class RawJsonContext : JsonSerializerContext;
