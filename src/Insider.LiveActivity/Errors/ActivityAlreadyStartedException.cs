// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>409 <c>ALREADY_STARTED</c>: the activity was started already (a second <c>/start</c>, or <c>/add-users</c> and <c>/remove-users</c> after the start). After a <c>/start</c> whose outcome was unknown, this means the first start landed.</summary>
public sealed class ActivityAlreadyStartedException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="ActivityAlreadyStartedException"/> class.</summary>
    public ActivityAlreadyStartedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ActivityAlreadyStartedException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public ActivityAlreadyStartedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ActivityAlreadyStartedException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ActivityAlreadyStartedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
