// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>What the caller wants to happen to one activity: whom it reaches, when it starts and when it ends at the latest.</summary>
public sealed record LiveActivityPlan
{
    /// <summary>Gets the caller's own id of the activity (an order or a match id). Planning the same key twice changes nothing.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the ActivityKit attributes type: exactly the Swift <c>ActivityAttributes</c> class name.</summary>
    public required string ActivityType { get; init; }

    /// <summary>Gets the insider ids of the segment, of any number (registered through <c>/register</c> and <c>/add-users</c>).</summary>
    public required IReadOnlyList<string> InsiderIds { get; init; }

    /// <summary>Gets the activity's <c>ends_at</c>: 5 minutes to 7 days after its registration, after <see cref="StartAt"/>.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Gets when <c>/start</c> is sent, or <see langword="null"/> for now.</summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>Gets the content of <c>/start</c> (title and message are required there).</summary>
    public required LiveActivityContent StartContent { get; init; }

    /// <summary>Gets the content of the automatic end, or <see langword="null"/> to end with the latest published content.</summary>
    public LiveActivityContent? FinalContent { get; init; }

    /// <summary>Gets the devices <c>/start</c>, <c>/update</c> and <c>/end</c> target, or <see langword="null"/> for every eligible device.</summary>
    public IReadOnlyList<TargetDevice>? TargetDevices { get; init; }
}
