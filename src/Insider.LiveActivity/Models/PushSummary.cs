// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

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
}
