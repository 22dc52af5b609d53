// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>
/// Rules of the emulator's engine that the mutation run found unstated: the status of a scripted malformed body, the SDK-First
/// minimum of iOS 16.1, the one-week life of a device-started activity, and what <c>CompleteTokenSync</c> counts.
/// </summary>
public sealed class EngineRulesTests : EmulatorTestBase
{
    [Fact]
    public async Task MalformedBody_WithItsOwnStatus_AnswersThatStatusAfterProcessing()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.MalformedBody(HttpStatusCode.BadGateway));

        var result = await StartActivityAsync(id);

        result.Status.Should().Be(HttpStatusCode.BadGateway);
        result.Json.Should().BeNull();
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    [Fact]
    public async Task SdkFirst_NeedsIos16Point1_TheBoundItselfIsEligible()
    {
        Emulator.Profiles.Add("bound-1", new EmulatedDevice("at-16.1") { OsVersion = new Version(16, 1) }, new EmulatedDevice("at-16.0") { OsVersion = new Version(16, 0) });

        var id = Emulator.SimulateDeviceStartedActivity(ActivityType, "bound-1");

        Emulator.GetActivity(id)!.Devices.Select(d => d.Udid).Should().Equal("at-16.1");
        (await PushAsync("update", id)).Int("sessions_triggered").Should().Be(1);
    }

    [Fact]
    public async Task SdkFirst_AfterItsWeek_ItsDevicesRegisterAsNewNotRefreshed()
    {
        Emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");

        Time.Advance(TimeSpan.FromDays(7));
        var again = await RegisterAsync("user-1");

        again.Int("added").Should().Be(1, "after a week Insider keeps nothing of a device-started activity");
        again.Int("refreshed").Should().Be(0);
    }

    [Fact]
    public async Task CompleteTokenSync_WithoutAnId_SyncsEveryActivity()
    {
        var first = await StartedActivityAsync("user-1");
        var second = await StartedActivityAsync("multi-2");

        Emulator.CompleteTokenSync().Should().Be(3);

        (await PushAsync("update", first)).Int("sessions_triggered").Should().Be(1);
        (await PushAsync("update", second)).Int("sessions_triggered").Should().Be(2);
    }

    [Fact]
    public async Task CompleteTokenSync_WhenTheSyncIsDueExactlyNow_CountsNothing()
    {
        var id = await StartedActivityAsync("user-1", "user-2");
        Time.Advance(TimeSpan.FromSeconds(3));

        Emulator.CompleteTokenSync(id).Should().Be(0, "a token whose sync time is now is already synced");
        Emulator.CompleteTokenSync(Emulator.SimulateDeviceStartedActivity(ActivityType, "user-3")).Should().Be(0, "a device-started activity's tokens are synced when it is created");
    }
}
