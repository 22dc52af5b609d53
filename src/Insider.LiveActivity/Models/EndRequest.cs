// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The body of <c>POST /end</c>: sends the final push and deletes the activity (even when targeted).
/// A second end answers 404, so the SDK never retries it automatically.
/// </summary>
public sealed record EndRequest : PushRequest;
