// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>The source-generated serializer for every wire type: no reflection, trimming and AOT safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(RegisterBody))]
[JsonSerializable(typeof(AddUsersRequest))]
[JsonSerializable(typeof(RemoveUsersRequest))]
[JsonSerializable(typeof(StartRequest))]
[JsonSerializable(typeof(UpdateRequest))]
[JsonSerializable(typeof(EndRequest))]
[JsonSerializable(typeof(ActivityRegistration))]
[JsonSerializable(typeof(PushSummary))]
[JsonSerializable(typeof(ErrorEnvelope))]
internal sealed partial class LiveActivityJsonContext : JsonSerializerContext;
