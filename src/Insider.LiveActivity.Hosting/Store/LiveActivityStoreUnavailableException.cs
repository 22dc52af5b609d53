// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// A store of the orchestrator (for example Redis) could not be reached or did not confirm a write, so the call was not acknowledged:
/// a plan or a published state that raised it is not known to be stored, and the caller may send it again (plans are idempotent by
/// key). The orchestrator itself defers its work by <see cref="LiveActivityOrchestratorOptions.RetryDelay"/> and resumes once the store answers.
/// </summary>
public sealed class LiveActivityStoreUnavailableException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityStoreUnavailableException"/> class.</summary>
    public LiveActivityStoreUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityStoreUnavailableException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityStoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityStoreUnavailableException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The store's failure, or <see langword="null"/>.</param>
    public LiveActivityStoreUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
