// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The six customer endpoints of the Live Activities API.</summary>
public enum LiveActivityEndpoint
{
    /// <summary><c>POST /api/v1/live-activity/register</c>: registers a segment and creates an activity. Idempotent.</summary>
    Register,

    /// <summary><c>POST /api/v1/live-activity/add-users</c>: adds insiders to a registered activity. Idempotent.</summary>
    AddUsers,

    /// <summary><c>POST /api/v1/live-activity/remove-users</c>: removes insiders from a registered activity. Idempotent.</summary>
    RemoveUsers,

    /// <summary><c>POST /api/v1/live-activity/start</c>: starts the activity. Not idempotent: never retried automatically.</summary>
    Start,

    /// <summary><c>POST /api/v1/live-activity/update</c>: pushes new content. Idempotent.</summary>
    Update,

    /// <summary><c>POST /api/v1/live-activity/end</c>: sends the final push and deletes the activity. Not idempotent: never retried automatically.</summary>
    End,
}
