// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>The customer endpoints of the Live Activities API, under <c>/api/v1/live-activity/</c>.</summary>
public enum EmulatorEndpoint
{
    /// <summary><c>POST /api/v1/live-activity/register</c>.</summary>
    Register = 0,

    /// <summary><c>POST /api/v1/live-activity/add-users</c>.</summary>
    AddUsers,

    /// <summary><c>POST /api/v1/live-activity/remove-users</c>.</summary>
    RemoveUsers,

    /// <summary><c>POST /api/v1/live-activity/start</c>.</summary>
    Start,

    /// <summary><c>POST /api/v1/live-activity/update</c>.</summary>
    Update,

    /// <summary><c>POST /api/v1/live-activity/end</c>.</summary>
    End,
}
