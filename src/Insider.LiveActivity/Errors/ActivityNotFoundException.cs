// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>404 <c>NOT_FOUND</c>: the activity does not exist: it was never registered, was ended by <c>/end</c>, or its <c>ends_at</c> passed. After an <c>/end</c> whose outcome was unknown, this means the activity is already closed.</summary>
public sealed class ActivityNotFoundException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="ActivityNotFoundException"/> class.</summary>
    public ActivityNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ActivityNotFoundException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public ActivityNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ActivityNotFoundException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public ActivityNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
