// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// A host wrote under a lease that another host has claimed since (its own lease expired, for example after a long pause): the write was
/// refused, and the record is now driven by the new holder.
/// </summary>
public sealed class LiveActivityLeaseLostException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityLeaseLostException"/> class.</summary>
    public LiveActivityLeaseLostException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityLeaseLostException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityLeaseLostException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityLeaseLostException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityLeaseLostException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
