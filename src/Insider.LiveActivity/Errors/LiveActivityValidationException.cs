// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>A request broke a documented rule: a 400 answer with a validation code, or the same check made by the client before sending (then <see cref="LiveActivityException.Attempts"/> is 0). Fix the request; retrying it unchanged cannot succeed.</summary>
public sealed class LiveActivityValidationException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityValidationException"/> class.</summary>
    public LiveActivityValidationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityValidationException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityValidationException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
