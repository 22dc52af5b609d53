// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The body of <c>POST /remove-users</c>: removes insiders from an activity that is still registered (not started).
/// Ids that are not in the activity are skipped silently.
/// </summary>
public sealed record RemoveUsersRequest : ActivityUsersRequest;
