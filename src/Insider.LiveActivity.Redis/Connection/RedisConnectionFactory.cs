// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// Connects from a configuration string so that a Redis that is down never stops the host: the connection is made in the
/// background (<c>abortConnect=false</c>) and, while it is down, commands fail at once (<see cref="BacklogPolicy.FailFast"/>)
/// instead of waiting in a backlog, so a call fails fast or falls back.
/// </summary>
internal static class RedisConnectionFactory
{
    public static IConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.Connect(options);
    }
}
