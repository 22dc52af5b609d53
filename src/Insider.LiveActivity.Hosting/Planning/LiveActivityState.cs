// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>Where an orchestrated activity is in its life.</summary>
public enum LiveActivityState
{
    /// <summary>Accepted and stored; not registered yet.</summary>
    Planned = 0,

    /// <summary>Registered through <c>/register</c> (and <c>/add-users</c>); not started yet.</summary>
    Registered = 1,

    /// <summary>Started through <c>/start</c>; updates flow.</summary>
    Started = 2,

    /// <summary>Ended through <c>/end</c> (or ended before it started, when nothing had been shown). Terminal.</summary>
    Ended = 3,

    /// <summary>Its <c>ends_at</c> passed before its end could be delivered. Terminal; <see cref="LiveActivityStatus.LastError"/> says why.</summary>
    Expired = 4,

    /// <summary>The API rejected a request that concerns this activity alone (404, 409, 422, validation). Terminal; <see cref="LiveActivityStatus.LastError"/> says why.</summary>
    Failed = 5,
}
