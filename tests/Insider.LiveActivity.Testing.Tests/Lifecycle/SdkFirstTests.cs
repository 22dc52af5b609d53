// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class SdkFirstTests : EmulatorTestBase
{
    [Fact]
    public async Task SimulateDeviceStartedActivity_UpdateWithoutWaiting_Pushes()
    {
        var id = Emulator.SimulateDeviceStartedActivity(ActivityType, "user-1", "multi-2", "ios16-3", "android-4");

        var result = await PushAsync("update", id);

        result.Json!.ToJsonString().Should().Be("{\"status\":\"success\",\"sessions_triggered\":4}");
        var activity = Emulator.GetActivity(id)!;
        activity.State.Should().Be(EmulatedActivityState.Started);
        activity.EndsAt.Should().Be(Start.AddDays(7));
    }

    [Fact]
    public async Task SimulateDeviceStartedActivity_StartOrAddUsers_Returns409()
    {
        var id = Emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");

        (await StartActivityAsync(id)).Code.Should().Be("ALREADY_STARTED");
        (await SegmentAsync("add-users", id, "user-2")).Code.Should().Be("ALREADY_STARTED");
    }

    [Fact]
    public async Task SimulateDeviceStartedActivity_AfterSevenDays_Returns404()
    {
        var id = Emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");

        Time.Advance(TimeSpan.FromDays(7));

        (await PushAsync("update", id)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SimulateDeviceStartedActivity_End_DeletesRecord()
    {
        var id = Emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");

        (await PushAsync("end", id)).Int("sessions_triggered").Should().Be(1);

        (await PushAsync("end", id)).Code.Should().Be("NOT_FOUND");
    }
}
