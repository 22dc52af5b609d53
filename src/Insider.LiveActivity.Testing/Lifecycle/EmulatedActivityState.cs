// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>The lifecycle state of an emulated activity.</summary>
public enum EmulatedActivityState
{
    /// <summary>Registered by <c>/register</c>, not started yet; <c>/add-users</c> and <c>/remove-users</c> are allowed.</summary>
    Registered = 0,

    /// <summary>Started by <c>/start</c> (or by a device in the SDK-First flow); <c>/update</c> and <c>/end</c> drive it.</summary>
    Started,

    /// <summary>Ended by <c>/end</c> or expired at <c>ends_at</c>: the record is deleted and every call returns <c>404 NOT_FOUND</c>.</summary>
    Dead,
}
