// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// 429: the rate limit (1,000 requests per minute per API key and endpoint) was exceeded. The API sends no body
/// and no <c>Retry-After</c>; back off exponentially. Idempotent calls are retried automatically.
/// </summary>
public sealed class LiveActivityRateLimitException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityRateLimitException"/> class.</summary>
    public LiveActivityRateLimitException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityRateLimitException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityRateLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityRateLimitException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityRateLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the wait the server asked for in a <c>Retry-After</c> header, or <see langword="null"/> (the documented case).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
