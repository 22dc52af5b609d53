// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The body of <c>POST /add-users</c>: adds insiders to an activity that is still registered (not started).
/// The same eligibility filters as <c>/register</c> apply; an insider already in the activity counts as refreshed.
/// </summary>
public sealed record AddUsersRequest : ActivityUsersRequest;
