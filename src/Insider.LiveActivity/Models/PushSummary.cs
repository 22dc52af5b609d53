// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity;

/// <summary>The answer of <c>/start</c>, <c>/update</c> and <c>/end</c>.</summary>
public sealed record PushSummary
{
    /// <summary>
    /// Gets the number of pushes handed to Apple. Drops on Apple's side (for example a device already
    /// showing 5 activities, or a content state the app cannot decode) are not reflected.
    /// </summary>
    public int SessionsTriggered { get; init; }

    /// <summary>Gets the number of target devices skipped because their per-activity token has not synced yet (always 0 on <c>/start</c>).</summary>
    public int SkippedNotSynced { get; init; }

    /// <summary>
    /// Gets a value indicating whether the call's outcome was learned by reconciliation
    /// (<see cref="LiveActivityOptions.ReconcileUnknownOutcomes"/>): the first attempt was lost in transport, and the
    /// second answered 409 <c>ALREADY_STARTED</c> (<c>/start</c>) or 404 <c>NOT_FOUND</c> (<c>/end</c>), which means the first landed.
    /// The counters of the first attempt are unknown, so <see cref="SessionsTriggered"/> is then 0.
    /// </summary>
    [JsonIgnore]
    public bool Reconciled { get; init; }
}
