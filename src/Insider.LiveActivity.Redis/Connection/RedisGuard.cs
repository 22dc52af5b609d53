// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// Runs one Redis command and turns every way Redis can fail (not connected, a lost connection, a timeout, an error reply,
/// a disposed multiplexer) into the caller's own "Redis is unreachable" exception, so no StackExchange.Redis type leaks out.
/// </summary>
internal static class RedisGuard
{
    /// <summary>Runs <paramref name="operation"/>; a Redis failure becomes <paramref name="unavailable"/>(reason, cause).</summary>
    /// <param name="connection">The multiplexer the operation uses.</param>
    /// <param name="operation">The Redis command.</param>
    /// <param name="unavailable">Builds the caller's exception from a short reason and the cause.</param>
    /// <param name="timeoutReason">The reason given for a timeout (whether a write may have been applied matters to some callers).</param>
    public static async Task<T> RunAsync<T>(IConnectionMultiplexer connection, Func<Task<T>> operation, Func<string, Exception?, Exception> unavailable, string timeoutReason = "a command timed out")
    {
        if (!connection.IsConnected)
        {
            throw unavailable("it is not connected", null);
        }

        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (RedisConnectionException e)
        {
            throw unavailable("the connection failed", e);
        }
        catch (RedisTimeoutException e)
        {
            throw unavailable(timeoutReason, e);
        }
        catch (RedisServerException e)
        {
            throw unavailable("it answered an error", e);
        }
        catch (ObjectDisposedException e)
        {
            throw unavailable("its connection was disposed", e);
        }
    }
}
