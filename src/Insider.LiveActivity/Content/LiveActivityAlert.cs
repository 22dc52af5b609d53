// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The alert of a push: sent as <c>content.title</c> and <c>content.message</c>. Required on <c>/start</c>.</summary>
/// <param name="Title">The alert title (<c>content.title</c>).</param>
/// <param name="Message">The alert body (<c>content.message</c>).</param>
public sealed record LiveActivityAlert(string Title, string Message);
