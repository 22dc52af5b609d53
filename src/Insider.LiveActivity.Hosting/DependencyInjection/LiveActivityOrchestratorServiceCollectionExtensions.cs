// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity;
using Insider.LiveActivity.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ILiveActivityOrchestrator"/> and the hosted service that drives it.</summary>
public static class LiveActivityOrchestratorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILiveActivityOrchestrator"/> (a singleton <see cref="LiveActivityOrchestrator"/>), its store and a hosted service
    /// that starts and stops it with the host. Call <c>AddInsiderLiveActivity</c> too: the orchestrator sends through
    /// <see cref="ILiveActivityClient"/>, on the <see cref="TimeProvider"/> registered in DI (the system clock when none).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options and the store (<c>o.UseSqlite("Data Source=live-activities.db")</c>); without a store, SQLite on <c>live-activities.db</c>.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddLiveActivityOrchestrator(this IServiceCollection services, Action<LiveActivityOrchestratorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new LiveActivityOrchestratorOptions();
        configure?.Invoke(options);
        options.Validate();
        var storeFactory = options.StoreFactory ?? (static _ => new SqliteLiveActivityStore("Data Source=live-activities.db"));
        services.TryAddSingleton(storeFactory);
        services.TryAddSingleton(sp => new LiveActivityOrchestrator(
            () => sp.GetRequiredService<ILiveActivityClient>(),
            sp.GetRequiredService<ILiveActivityStore>(),
            options,
            sp.GetService<IOptions<LiveActivityOptions>>()?.Value.RateLimit,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<LiveActivityOrchestrator>()));
        services.TryAddSingleton<ILiveActivityOrchestrator>(static sp => sp.GetRequiredService<LiveActivityOrchestrator>());
        services.AddHostedService<LiveActivityOrchestratorHostedService>();
        return services;
    }
}
