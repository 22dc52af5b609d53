using Insider.LiveActivity.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insider.LiveActivity.Hosting.Tests.DependencyInjection;

/// <summary><c>AddLiveActivityOrchestrator</c> registers the orchestrator, its store and a hosted service on the DI clock.</summary>
public sealed class ServiceCollectionTests
{
    [Fact]
    public async Task The_host_starts_the_orchestrator_which_drives_plans_on_the_registered_TimeProvider()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero));
        var emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { TimeProvider = clock, ApiKey = "di-" + Guid.NewGuid().ToString("N") });
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = emulator.ApiKey;
            o.BaseAddress = new Uri("https://emulator.local/");
        }).ConfigurePrimaryHttpMessageHandler(emulator.CreateHandler);
        builder.Services.AddLiveActivityOrchestrator(o => o.UseInMemory());
        using var host = builder.Build();

        await host.StartAsync();
        var orchestrator = host.Services.GetRequiredService<ILiveActivityOrchestrator>();
        orchestrator.Should().BeSameAs(host.Services.GetRequiredService<LiveActivityOrchestrator>());
        host.Services.GetRequiredService<ILiveActivityStore>().Should().BeOfType<InMemoryLiveActivityStore>();
        var startAt = clock.GetUtcNow() + TimeSpan.FromHours(1);
        await orchestrator.PlanAsync(new LiveActivityPlan
        {
            Key = "order-1", ActivityType = "OrderTrackingAttributes", InsiderIds = ["user-1"], StartAt = startAt, EndsAt = startAt + TimeSpan.FromHours(1),
            StartContent = new LiveActivityContent { Title = "t", Message = "m", ContentState = new System.Text.Json.Nodes.JsonObject { ["s"] = 1 } },
        });
        clock.Advance(TimeSpan.FromMinutes(30));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await orchestrator.GetStatusAsync("order-1"))!.State != LiveActivityState.Registered)
        {
            DateTime.UtcNow.Should().BeBefore(deadline);
            await Task.Delay(1);
        }

        emulator.Requests.Should().ContainSingle().Which.Timestamp.Should().Be(startAt - TimeSpan.FromMinutes(30));
        await host.StopAsync();
    }

    [Fact]
    public void Without_a_store_the_default_is_sqlite_and_invalid_options_fail_at_registration()
    {
        var services = new ServiceCollection();
        services.AddLiveActivityOrchestrator();
        using var provider = services.BuildServiceProvider();
        using var store = (SqliteLiveActivityStore)provider.GetRequiredService<ILiveActivityStore>();
        services.Should().Contain(d => d.ServiceType == typeof(IHostedService));

        var invalid = () => new ServiceCollection().AddLiveActivityOrchestrator(o => o.MaxConcurrentRequestsPerEndpoint = 0);
        invalid.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxConcurrentRequestsPerEndpoint");
    }
}
