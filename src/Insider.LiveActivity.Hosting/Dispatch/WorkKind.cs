// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>The next thing to do for an activity. The first four spend budget, in this order of priority: ends, starts, registrations, updates.</summary>
internal enum WorkKind
{
    End = 0,
    Start = 1,
    Register = 2,
    Update = 3,

    /// <summary>Nothing to do now.</summary>
    None = 4,

    /// <summary>Mark the activity Expired: its ends_at passed before its end was delivered (no request).</summary>
    Expire = 5,

    /// <summary>Mark an activity that never started Ended at the caller's request (no request: nothing was shown).</summary>
    Cancel = 6,
}
