// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The body of <c>POST /start</c>: starts a registered activity and sends the first push. Apple needs an alert
/// to start an activity, so <see cref="LiveActivityContent.Title"/> and <see cref="LiveActivityContent.Message"/> are required here.
/// A second start of the same activity is rejected with 409, so the SDK never retries it automatically.
/// </summary>
public sealed record StartRequest : PushRequest;
