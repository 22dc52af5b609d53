// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary><c>services.AddInsiderLiveActivity(...).UseEmulator(emulator)</c>: one line sends a DI-registered client to an emulator, in memory or on loopback.</summary>
public sealed class UseEmulatorTests
{
    private const string ActivityType = "DeliveryActivityAttributes";
    private static readonly Uri ProductionAddress = new("https://live-activity.api.useinsider.com/");

    [Fact]
    public async Task UseEmulator_InMemory_SendsTheCallThroughTheEmulatorsHandler()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        using var provider = BuildProvider(emulator, configure: o => { o.ApiKey = "the-apps-production-key"; o.BaseAddress = ProductionAddress; });
        var id = emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");

        var summary = await provider.GetRequiredService<ILiveActivityClient>().UpdateAsync(Update(id));

        summary.SessionsTriggered.Should().Be(1);
        emulator.Requests.Should().ContainSingle().Which.StatusCode.Should().Be(200, "the emulator's key was sent, not the application's");
        emulator.Pushes.Should().ContainSingle().Which.Event.Should().Be("update");
    }

    [Fact]
    public async Task UseEmulator_Loopback_SendsTheCallOverTheSocket()
    {
        await using var emulator = await LiveActivityEmulator.StartAsync();
        using var provider = BuildProvider(emulator, configure: o => { o.ApiKey = "the-apps-production-key"; o.BaseAddress = ProductionAddress; });
        var id = emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");

        var summary = await provider.GetRequiredService<ILiveActivityClient>().UpdateAsync(Update(id));

        summary.SessionsTriggered.Should().Be(1);
        emulator.Requests.Should().ContainSingle().Which.StatusCode.Should().Be(200);
    }

    [Fact]
    public void UseEmulator_OverridesTheApplicationsAddressAndKey_WhicheverIsRegisteredFirst()
    {
        var emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { ApiKey = "test-key-1" });
        var services = new ServiceCollection();
        var builder = services.AddInsiderLiveActivity(o => o.ApiKey = "early");
        builder.UseEmulator(emulator);
        services.Configure<LiveActivityOptions>(o => { o.ApiKey = "late"; o.BaseAddress = ProductionAddress; });
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LiveActivityOptions>>().Value;

        options.BaseAddress.Should().Be(emulator.BaseAddress);
        options.ApiKey.Should().Be("test-key-1");
    }

    [Fact]
    public void UseEmulator_NullArguments_Throw()
    {
        var builder = new ServiceCollection().AddInsiderLiveActivity(_ => { });

        builder.Invoking(b => b.UseEmulator(null!)).Should().Throw<ArgumentNullException>();
        var act = () => LiveActivityEmulatorHttpClientBuilderExtensions.UseEmulator(null!, LiveActivityEmulator.CreateInMemory());

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task TwoInMemoryEmulators_A429PauseOfOne_DoesNotDelayTheOther()
    {
        var clock = new FakeTimeProvider();
        var first = LiveActivityEmulator.CreateInMemory();
        var second = LiveActivityEmulator.CreateInMemory();
        using var firstProvider = BuildProvider(first, clock);
        using var secondProvider = BuildProvider(second, clock);
        var firstClient = firstProvider.GetRequiredService<ILiveActivityClient>();
        var secondClient = secondProvider.GetRequiredService<ILiveActivityClient>();
        var firstId = first.SimulateDeviceStartedActivity(ActivityType, "user-1");
        var secondId = second.SimulateDeviceStartedActivity(ActivityType, "user-1");
        first.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.TooManyRequests));

        await firstClient.Awaiting(c => c.UpdateAsync(Update(firstId))).Should().ThrowAsync<LiveActivityRateLimitException>();
        var pausedOnFirst = firstClient.UpdateAsync(Update(firstId));
        var onSecond = await secondClient.UpdateAsync(Update(secondId)).WaitAsync(TimeSpan.FromSeconds(10));

        onSecond.SessionsTriggered.Should().Be(1, "the other emulator's budget was never paused");
        pausedOnFirst.IsCompleted.Should().BeFalse("the 429 paused /update of the first emulator's budget until the clock moves");
        clock.Advance(TimeSpan.FromSeconds(2));
        (await pausedOnFirst.WaitAsync(TimeSpan.FromSeconds(10))).SessionsTriggered.Should().Be(1);
    }

    private static ServiceProvider BuildProvider(LiveActivityEmulator emulator, TimeProvider? clock = null, Action<LiveActivityOptions>? configure = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddInsiderLiveActivity(o => { o.Retry.MaxRetries = 0; configure?.Invoke(o); }).UseEmulator(emulator);
        return services.BuildServiceProvider();
    }

    private static UpdateRequest Update(string activityId) => new()
    {
        ActivityId = activityId,
        ActivityType = ActivityType,
        Content = new() { ContentState = new() { ["status"] = "in_transit" } },
    };
}
