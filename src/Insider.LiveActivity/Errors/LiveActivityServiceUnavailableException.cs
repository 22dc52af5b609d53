// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>502 <c>UPSTREAM_UNAVAILABLE</c> or 503 (authorization layer unreachable, empty body): a transient failure on Insider's side. Idempotent calls are retried automatically.</summary>
public sealed class LiveActivityServiceUnavailableException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityServiceUnavailableException"/> class.</summary>
    public LiveActivityServiceUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityServiceUnavailableException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityServiceUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityServiceUnavailableException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityServiceUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
