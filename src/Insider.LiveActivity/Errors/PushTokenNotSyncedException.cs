// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>412 <c>PUSH_TOKEN_NOT_SYNCED</c>: none of the target devices has synced its per-activity token yet, so nothing was sent (and <c>/end</c> did not delete the activity). Wait a few seconds and retry; <c>/update</c> is retried automatically.</summary>
public sealed class PushTokenNotSyncedException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="PushTokenNotSyncedException"/> class.</summary>
    public PushTokenNotSyncedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PushTokenNotSyncedException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public PushTokenNotSyncedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PushTokenNotSyncedException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public PushTokenNotSyncedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
