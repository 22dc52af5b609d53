// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Hosting;

/// <summary>The JSON form of a record in a store (source-generated, so the package stays trimmable).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(LiveActivityRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext
{
}

/// <summary>Reads and writes records as JSON text.</summary>
internal static class RecordJson
{
    public static string Serialize(LiveActivityRecord record) => JsonSerializer.Serialize(record, RecordJsonContext.Default.LiveActivityRecord);

    public static LiveActivityRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, RecordJsonContext.Default.LiveActivityRecord)
        ?? throw new LiveActivityException("A stored live activity record is empty");
}
