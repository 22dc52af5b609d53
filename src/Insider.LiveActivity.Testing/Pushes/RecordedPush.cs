// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;
using Insider.LiveActivity.Contracts;

namespace Insider.LiveActivity.Testing;

/// <summary>A push the emulator handed to (emulated) APNs for one device.</summary>
public sealed class RecordedPush
{
    internal RecordedPush(string activityId, string insiderId, string udid, string eventName, DateTimeOffset timestamp, JsonObject payload, bool wouldRender, IReadOnlyList<ContractProblem> renderProblems)
    {
        ActivityId = activityId;
        InsiderId = insiderId;
        Udid = udid;
        Event = eventName;
        Timestamp = timestamp;
        Payload = payload;
        WouldRender = wouldRender;
        RenderProblems = renderProblems;
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

    /// <summary>
    /// Gets a value indicating whether the device would decode and render this push, judged from <see cref="Payload"/> with
    /// <see cref="LiveActivityEmulatorOptions.AppContract"/>: <see langword="false"/> when a problem is an error, and also
    /// when no contract was given (nothing was checked; <see cref="RenderProblems"/> says so).
    /// </summary>
    public bool WouldRender { get; }

    /// <summary>Gets the reasons behind <see cref="WouldRender"/>: errors (why it would not render) and warnings.</summary>
    public IReadOnlyList<ContractProblem> RenderProblems { get; }
}
