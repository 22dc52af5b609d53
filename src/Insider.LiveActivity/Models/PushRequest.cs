// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The shared body of <c>POST /start</c>, <c>POST /update</c> and <c>POST /end</c>.</summary>
public abstract record PushRequest
{
    /// <summary>Gets the activity id returned by <c>/register</c> (or the id of a device-started activity).</summary>
    public required string ActivityId { get; init; }

    /// <summary>Gets the ActivityKit attributes type: exactly the Swift <c>ActivityAttributes</c> class name.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the content of the push. Insider passes it to Apple unchanged.</summary>
    public required LiveActivityContent Content { get; init; }

    /// <summary>
    /// Gets the devices to push to, or <see langword="null"/> (the default) to push to every eligible device
    /// of the activity. Every element needs a non-empty insider id and udid.
    /// </summary>
    public IReadOnlyList<TargetDevice>? TargetDevices { get; init; }
}
