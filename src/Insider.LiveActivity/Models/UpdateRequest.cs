// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The body of <c>POST /update</c>: pushes new content to a started activity. A content-state change is enough;
/// the title, message and attributes are optional. Leave 2 to 5 seconds after <c>/start</c> for devices to sync their tokens.
/// </summary>
public sealed record UpdateRequest : PushRequest;
