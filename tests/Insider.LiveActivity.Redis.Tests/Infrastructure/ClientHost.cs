using System.Text.Json.Nodes;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Redis.Tests.Infrastructure;

/// <summary>A client registered through DI (as an application does) against an in-memory emulator, with the caller's Redis wiring.</summary>
public sealed class ClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ClientHost(Action<IHttpClientBuilder> useRedis, Action<IServiceCollection>? services = null)
    {
        Emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { ApiKey = "secret-" + Guid.NewGuid().ToString("N") });
        ActivityId = Emulator.SimulateDeviceStartedActivity("DeliveryActivityAttributes", "insider-private-7");
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services?.Invoke(collection);
        var builder = collection.AddInsiderLiveActivity(options =>
            {
                options.ApiKey = Emulator.ApiKey;
                options.BaseAddress = Emulator.BaseAddress;
                options.Retry.MaxRetries = 0;
            })
            .ConfigurePrimaryHttpMessageHandler(() => Emulator.CreateHandler());
        useRedis(builder);
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public LiveActivityEmulator Emulator { get; }

    public string ActivityId { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public ILiveActivityClient Client => _services.GetRequiredService<ILiveActivityClient>();

    public Task<PushSummary> UpdateAsync() =>
        Client.UpdateAsync(
            new UpdateRequest
            {
                ActivityId = ActivityId,
                ActivityType = "DeliveryActivityAttributes",
                Content = new LiveActivityContent { ContentState = new JsonObject { ["eta"] = 5 } },
            });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
