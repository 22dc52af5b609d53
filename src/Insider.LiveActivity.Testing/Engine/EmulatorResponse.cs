// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <summary>A host-independent HTTP response; <see cref="Drop"/> asks the host to abort the connection instead.</summary>
internal sealed record EmulatorResponse(int Status, string? ContentType, byte[] Body)
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public bool Drop { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public static EmulatorResponse Empty(int status) => new(status, null, []);

    public static EmulatorResponse Json(int status, JsonObject body) =>
        new(status, JsonContentType, Encoding.UTF8.GetBytes(body.ToJsonString()));

    public static EmulatorResponse Error(int status, string code, string message) =>
        Json(status, new JsonObject { ["error"] = message, ["code"] = code });

    public static EmulatorResponse Dropped() => new(0, null, []) { Drop = true };
}
