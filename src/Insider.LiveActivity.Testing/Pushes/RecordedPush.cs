// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <summary>A push the emulator handed to (emulated) APNs for one device.</summary>
public sealed class RecordedPush
{
    internal RecordedPush(string activityId, string insiderId, string udid, string eventName, DateTimeOffset timestamp, JsonObject payload)
    {
        ActivityId = activityId;
        InsiderId = insiderId;
        Udid = udid;
        Event = eventName;
        Timestamp = timestamp;
        Payload = payload;
    }

    /// <summary>Gets the activity id.</summary>
    public string ActivityId { get; }

    /// <summary>Gets the insider id of the target device.</summary>
    public string InsiderId { get; }

    /// <summary>Gets the unique device id of the target device.</summary>
    public string Udid { get; }

    /// <summary>Gets the ActivityKit event: <c>start</c>, <c>update</c> or <c>end</c>.</summary>
    public string Event { get; }

    /// <summary>Gets the emulator time at which the push was sent.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>
    /// Gets the Apple-shaped payload: <c>{"aps":{"timestamp","event","content-state",
    /// "attributes-type" and "attributes" (start only), "alert":{"title","body"} (when given)}}</c>.
    /// Each push owns its copy.
    /// </summary>
    public JsonObject Payload { get; }
}
