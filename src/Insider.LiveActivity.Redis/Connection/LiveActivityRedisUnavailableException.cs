// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The distributed rate budget could not be checked because Redis is unreachable (not connected, timed out, or answering
/// an error such as <c>LOADING</c>), and <see cref="RedisRateLimiterOptions.FallbackToInProcess"/> is off. Nothing was sent
/// to the API, so the call is safe to retry once Redis is back.
/// </summary>
public sealed class LiveActivityRedisUnavailableException : LiveActivityException
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityRedisUnavailableException"/> class.</summary>
    public LiveActivityRedisUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityRedisUnavailableException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityRedisUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityRedisUnavailableException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The Redis failure, or <see langword="null"/>.</param>
    public LiveActivityRedisUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
