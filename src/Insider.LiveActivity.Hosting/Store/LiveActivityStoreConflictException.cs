// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>A conditional write of <see cref="ILiveActivityStore"/> found another revision stored than the one it replaces: another writer changed the record.</summary>
public sealed class LiveActivityStoreConflictException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityStoreConflictException"/> class.</summary>
    public LiveActivityStoreConflictException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityStoreConflictException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityStoreConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityStoreConflictException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityStoreConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
