// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <summary>The validated fields of a request body.</summary>
internal sealed class ParsedCall
{
    public string ActivityType { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public IReadOnlyList<string> InsiderIds { get; set; } = [];

    public DateTimeOffset EndsAt { get; set; }

    public JsonObject? Content { get; set; }

    /// <summary>Gets or sets the (insider_id, udid) pairs of <c>target_devices</c>; <see langword="null"/> = broadcast.</summary>
    public IReadOnlyList<(string InsiderId, string Udid)>? Targets { get; set; }
}
