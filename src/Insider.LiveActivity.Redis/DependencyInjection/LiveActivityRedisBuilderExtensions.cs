// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity;
using Insider.LiveActivity.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Replaces the in-process rate budget of <c>AddInsiderLiveActivity</c> with one shared through Redis.</summary>
public static class LiveActivityRedisBuilderExtensions
{
    /// <summary>
    /// Shares the rate budget through the Redis at <paramref name="configuration"/> (a StackExchange.Redis configuration string such
    /// as <c>localhost:6379</c>). The limiter opens and owns its connection; a Redis that is down does not stop the host.
    /// </summary>
    /// <param name="builder">The builder <c>AddInsiderLiveActivity</c> returned.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is empty.</exception>
    public static IHttpClientBuilder UseRedisRateLimiter(this IHttpClientBuilder builder, string configuration) =>
        UseRedisRateLimiter(builder, configuration, static _ => { });

    /// <summary>Shares the rate budget through the Redis at <paramref name="configuration"/>, with options.</summary>
    /// <param name="builder">The builder <c>AddInsiderLiveActivity</c> returned.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <param name="configure">Sets the options (for example <see cref="RedisRateLimiterOptions.FallbackToInProcess"/>).</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is empty, or an option is invalid.</exception>
    public static IHttpClientBuilder UseRedisRateLimiter(this IHttpClientBuilder builder, string configuration, Action<RedisRateLimiterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var options = Configure(configure);
        return Register(builder, sp => new RedisLiveActivityRateLimiter(
            RedisConnectionFactory.Connect(configuration), options, Logger(sp), ownsConnection: true));
    }

    /// <summary>Shares the rate budget through the <see cref="IConnectionMultiplexer"/> registered in the container (which stays its owner).</summary>
    /// <param name="builder">The builder <c>AddInsiderLiveActivity</c> returned.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IHttpClientBuilder UseRedisRateLimiter(this IHttpClientBuilder builder) =>
        UseRedisRateLimiter(builder, static _ => { });

    /// <summary>Shares the rate budget through the <see cref="IConnectionMultiplexer"/> registered in the container, with options.</summary>
    /// <param name="builder">The builder <c>AddInsiderLiveActivity</c> returned.</param>
    /// <param name="configure">Sets the options (for example <see cref="RedisRateLimiterOptions.FallbackToInProcess"/>).</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static IHttpClientBuilder UseRedisRateLimiter(this IHttpClientBuilder builder, Action<RedisRateLimiterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = Configure(configure);
        return Register(builder, sp => new RedisLiveActivityRateLimiter(
            sp.GetRequiredService<IConnectionMultiplexer>(), options, Logger(sp), ownsConnection: false));
    }

    private static RedisRateLimiterOptions Configure(Action<RedisRateLimiterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RedisRateLimiterOptions();
        configure(options);
        options.Validate();
        return options;
    }

    private static ILogger? Logger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger<RedisLiveActivityRateLimiter>();

    private static IHttpClientBuilder Register(IHttpClientBuilder builder, Func<IServiceProvider, RedisLiveActivityRateLimiter> create)
    {
        builder.Services.RemoveAll<RedisLiveActivityRateLimiter>();
        builder.Services.AddSingleton(create);
        builder.Services.Replace(ServiceDescriptor.Singleton<ILiveActivityRateLimiter>(static sp => sp.GetRequiredService<RedisLiveActivityRateLimiter>()));
        return builder;
    }
}
