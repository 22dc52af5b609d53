// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Redis;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Stores the orchestrator's activities in Redis (<c>AddLiveActivityOrchestrator(o => o.UseRedis("localhost:6379"))</c>).</summary>
public static class LiveActivityRedisOrchestratorExtensions
{
    /// <summary>
    /// Stores activities in the Redis at <paramref name="configuration"/> (a StackExchange.Redis configuration string such as
    /// <c>localhost:6379</c>) through a <see cref="RedisLiveActivityStore"/> that opens and owns its connection. A Redis that is down
    /// does not stop the host: calls fail with <see cref="LiveActivityStoreUnavailableException"/> and dispatching resumes when it is back.
    /// </summary>
    /// <param name="options">The orchestrator's options.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is empty.</exception>
    public static LiveActivityOrchestratorOptions UseRedis(this LiveActivityOrchestratorOptions options, string configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        return options.UseStore(_ => new RedisLiveActivityStore(RedisConnectionFactory.Connect(configuration), keyPrefix: null, ownsConnection: true));
    }

    /// <summary>Stores activities in Redis through the <see cref="IConnectionMultiplexer"/> registered in the container (which stays its owner).</summary>
    /// <param name="options">The orchestrator's options.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static LiveActivityOrchestratorOptions UseRedis(this LiveActivityOrchestratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseStore(static sp => new RedisLiveActivityStore(sp.GetRequiredService<IConnectionMultiplexer>()));
    }
}
