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
    /// (<c>RemoveAllLoggers()</c>; together they cost ~0.5 KB of allocations per request), unless the category
    /// <c>System.Net.Http.HttpClient.Insider.LiveActivity.ClientHandler</c> is enabled at <see cref="LogLevel.Trace"/> when the
    /// first handler is built. A caller who wants them back can call <c>.AddDefaultLogger()</c> on the returned builder.
    /// Wherever the factory logs, the <c>X-Api-Key</c> header is redacted.
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
    /// (<c>RemoveAllLoggers()</c>; together they cost ~0.5 KB of allocations per request), unless the category
    /// <c>System.Net.Http.HttpClient.Insider.LiveActivity.ClientHandler</c> is enabled at <see cref="LogLevel.Trace"/> when the
    /// first handler is built. A caller who wants them back can call <c>.AddDefaultLogger()</c> on the returned builder.
    /// Wherever the factory logs, the <c>X-Api-Key</c> header is redacted.
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
            sp.GetRequiredService<ILiveActivityRateLimiter>()));

        return services
            .AddHttpClient<ILiveActivityClient, LiveActivityClient>(
                HttpClientName,
                static (httpClient, sp) => new LiveActivityClient(httpClient, sp.GetRequiredService<LiveActivityInvoker>(), ownsHttpClient: false))
            .ConfigureHttpClient(static httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveLoggersUnlessTraced()
            .RedactLoggedHeaders(["X-Api-Key"]); // applies whenever the factory's logging handlers are present
    }
    /// <summary>
    /// <c>RemoveAllLoggers()</c>, applied when the options are first read and only if nobody asked for the factory's
    /// trace-level logs (headers, redacted) of this client. Later <c>.AddDefaultLogger()</c> calls still win.
    /// </summary>
    private static IHttpClientBuilder RemoveLoggersUnlessTraced(this IHttpClientBuilder builder)
    {
        // Record what RemoveAllLoggers registers (a named configure action) instead of registering it directly.
        var recorded = new ServiceCollection();
        new RecordingBuilder(builder.Name, recorded).RemoveAllLoggers();
        var removeLoggers = recorded
            .Select(static d => d.ImplementationInstance)
            .OfType<IConfigureOptions<HttpClientFactoryOptions>>()
            .ToArray();
        var name = builder.Name;
        builder.Services.AddSingleton<IConfigureOptions<HttpClientFactoryOptions>>(sp => new ConfigureUnlessTraced(name, removeLoggers, sp));
        return builder;
    }

    private sealed class RecordingBuilder(string name, IServiceCollection services) : IHttpClientBuilder
    {
        public string Name { get; } = name;

        public IServiceCollection Services { get; } = services;
    }

    private sealed class ConfigureUnlessTraced(string name, IConfigureOptions<HttpClientFactoryOptions>[] inner, IServiceProvider services)
        : IConfigureNamedOptions<HttpClientFactoryOptions>
    {
        public void Configure(HttpClientFactoryOptions options) => Configure(Options.Options.DefaultName, options);

        public void Configure(string? optionsName, HttpClientFactoryOptions options)
        {
            if (optionsName != name)
            {
                return;
            }

            var traced = services.GetService<ILoggerFactory>()?
                .CreateLogger("System.Net.Http.HttpClient." + name + ".ClientHandler")
                .IsEnabled(LogLevel.Trace) == true;
            if (traced)
            {
                return;
            }

            foreach (var configure in inner)
            {
                if (configure is IConfigureNamedOptions<HttpClientFactoryOptions> named)
                {
                    named.Configure(name, options);
                }
                else
                {
                    configure.Configure(options);
                }
            }
        }
    }
}
