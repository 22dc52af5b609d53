// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>How an attempt failed (a per-attempt timeout arrives from Polly as an exception instead).</summary>
internal enum AttemptFailure
{
    None,

    /// <summary>The API answered with a non-success status.</summary>
    ErrorStatus,

    /// <summary>The connection failed, was dropped, or the HttpClient's own timeout fired.</summary>
    Transport,

    /// <summary>A success status came with a body that is not the documented JSON.</summary>
    MalformedBody,

    /// <summary>The body was larger than <see cref="LiveActivityOptions.MaxResponseBytes"/>.</summary>
    BodyTooLarge,

    /// <summary>The client-side rate budget's queue was full; nothing was sent.</summary>
    QueueFull,
}
