// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>403 <c>LIVE_ACTIVITY_DISABLED</c>: the Live Activities product is not active on the account.</summary>
public sealed class LiveActivityDisabledException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityDisabledException"/> class.</summary>
    public LiveActivityDisabledException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityDisabledException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityDisabledException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityDisabledException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityDisabledException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
