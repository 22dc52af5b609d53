// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>A request whose intent is recorded before it is sent, so that a restart can settle it.</summary>
public enum LiveActivityOperation
{
    /// <summary><c>/register</c> (with <c>/add-users</c> for large segments).</summary>
    Register = 0,

    /// <summary><c>/start</c>.</summary>
    Start = 1,

    /// <summary><c>/end</c>.</summary>
    End = 2,
}
