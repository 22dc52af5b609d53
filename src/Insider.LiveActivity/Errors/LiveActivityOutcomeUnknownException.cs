// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>A <c>/start</c> or <c>/end</c> failed in transport or timed out after it may have reached the server, so whether it was processed is unknown. It is not retried automatically: a replayed <c>/start</c> answers 409 <c>ALREADY_STARTED</c> and a replayed <c>/end</c> 404 <c>NOT_FOUND</c> when the first call landed. The cause is the inner exception.</summary>
public sealed class LiveActivityOutcomeUnknownException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityOutcomeUnknownException"/> class.</summary>
    public LiveActivityOutcomeUnknownException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityOutcomeUnknownException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityOutcomeUnknownException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
