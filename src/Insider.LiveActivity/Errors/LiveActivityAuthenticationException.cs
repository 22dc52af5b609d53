// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>401: the API key is missing, invalid, or not authorized for Live Activities (the body is empty). Renew or authorize the key.</summary>
public sealed class LiveActivityAuthenticationException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityAuthenticationException"/> class.</summary>
    public LiveActivityAuthenticationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityAuthenticationException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityAuthenticationException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
