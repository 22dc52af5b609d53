// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ILiveActivityClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
public static class LiveActivityServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client is registered under.</summary>
    public const string HttpClientName = "Insider.LiveActivity";

    /// <summary>
    /// Registers <see cref="ILiveActivityClient"/> configured by a delegate. The options are validated when the
    /// host starts (a missing API key or a relative base address is an error naming the option).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <remarks>
    /// The client logs each failed attempt and each failed call itself (through <see cref="ILogger{TCategoryName}"/> of
    /// <see cref="LiveActivityClient"/>), so the <c>IHttpClientFactory</c> per-request logging handlers are removed
    /// (<c>RemoveAllLoggers()</c>; together they cost ~0.5 KB of allocations per request). Call <c>.AddDefaultLogger()</c> on the
    /// returned builder to have them back; wherever the factory logs, the <c>X-Api-Key</c> header is redacted.
    /// </remarks>
    /// <returns>The builder of the underlying <see cref="HttpClient"/>, to add handlers to.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddInsiderLiveActivity(this IServiceCollection services, Action<LiveActivityOptions> configure)
    {
        Guard.NotNull(services, nameof(services));
        Guard.NotNull(configure, nameof(configure));
        services.AddOptions<LiveActivityOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="ILiveActivityClient"/> configured from a configuration section (for example
    /// <c>configuration.GetSection("Insider:LiveActivity")</c> with <c>ApiKey</c>, <c>BaseAddress</c>, <c>Timeout</c>,
    /// <c>Retry:MaxRetries</c>, ...). The options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind <see cref="LiveActivityOptions"/> from.</param>
    /// <remarks>
    /// The client logs each failed attempt and each failed call itself (through <see cref="ILogger{TCategoryName}"/> of
    /// <see cref="LiveActivityClient"/>), so the <c>IHttpClientFactory</c> per-request logging handlers are removed
    /// (<c>RemoveAllLoggers()</c>; together they cost ~0.5 KB of allocations per request). Call <c>.AddDefaultLogger()</c> on the
    /// returned builder to have them back; wherever the factory logs, the <c>X-Api-Key</c> header is redacted.
    /// </remarks>
    /// <returns>The builder of the underlying <see cref="HttpClient"/>, to add handlers to.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddInsiderLiveActivity(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.NotNull(services, nameof(services));
        Guard.NotNull(configuration, nameof(configuration));
        services.AddOptions<LiveActivityOptions>().Bind(configuration);
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiveActivityOptions>, LiveActivityOptionsValidator>());
        services.AddOptions<LiveActivityOptions>().ValidateOnStart();
        services.TryAddSingleton<ILiveActivityRateLimiter>(InProcessLiveActivityRateLimiter.Shared);
        services.TryAddSingleton(static sp => new LiveActivityInvoker(
            sp.GetRequiredService<IOptions<LiveActivityOptions>>().Value,
            sp.GetService<ILoggerFactory>()?.CreateLogger<LiveActivityClient>(),
            sp.GetService<TimeProvider>(),
            sp.GetRequiredService<ILiveActivityRateLimiter>(),
            apiKeyHeaderAddedByHandler: true));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, ApiKeyHeaderFilter>());

        return services
            .AddHttpClient<ILiveActivityClient, LiveActivityClient>(
                HttpClientName,
                static (httpClient, sp) => new LiveActivityClient(httpClient, sp.GetRequiredService<LiveActivityInvoker>(), ownsHttpClient: false))
            .ConfigureHttpClient(static httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers() // the client logs its own attempts; .AddDefaultLogger() brings the factory's logging back
            .RedactLoggedHeaders(["X-Api-Key"]); // applies whenever the factory's logging handlers are present
    }
}
