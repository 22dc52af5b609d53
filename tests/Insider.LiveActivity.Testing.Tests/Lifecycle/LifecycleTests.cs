// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class LifecycleTests : EmulatorTestBase
{
    [Fact]
    public async Task Start_RegisteredActivity_PushesToEveryDeviceAndMovesToStarted()
    {
        var id = await RegisterIdAsync("user-1", "multi-2");

        var result = await StartActivityAsync(id);

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Json!.ToJsonString().Should().Be("{\"status\":\"success\",\"sessions_triggered\":3}");
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
        Emulator.Pushes.Should().HaveCount(3).And.OnlyContain(p => p.Event == "start" && p.ActivityId == id);
    }

    [Fact]
    public async Task Start_SecondCall_Returns409AlreadyStartedWithoutPushes()
    {
        var id = await StartedActivityAsync("user-1");

        var result = await StartActivityAsync(id);

        result.Status.Should().Be(HttpStatusCode.Conflict);
        result.Code.Should().Be("ALREADY_STARTED");
        Emulator.Pushes.Should().ContainSingle();
    }

    [Fact]
    public async Task Start_UnknownActivity_Returns404()
    {
        var result = await StartActivityAsync(Guid.NewGuid().ToString());

        result.Status.Should().Be(HttpStatusCode.NotFound);
        result.Json!.ToJsonString().Should().Be("{\"error\":\"activity not found\",\"code\":\"NOT_FOUND\"}");
    }

    [Fact]
    public async Task End_Succeeds_DeletesActivityAndLaterCallsReturn404()
    {
        var id = await StartedActivityAsync("user-1");
        Time.Advance(TimeSpan.FromSeconds(3));

        var end = await PushAsync("end", id);

        end.Json!.ToJsonString().Should().Be("{\"status\":\"success\",\"sessions_triggered\":1}");
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Dead);
        (await PushAsync("update", id)).Code.Should().Be("NOT_FOUND");
        (await PushAsync("end", id)).Code.Should().Be("NOT_FOUND");
        (await StartActivityAsync(id)).Code.Should().Be("NOT_FOUND");
        (await SegmentAsync("add-users", id, "user-2")).Code.Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task Expiry_EndsAtReached_ActivityDeadWithoutFinalPush()
    {
        var id = await StartedActivityAsync("user-1");
        var pushesBefore = Emulator.Pushes.Count;

        Time.Advance(TimeSpan.FromHours(1));

        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Dead);
        Emulator.GetActivity(id)!.Devices.Should().BeEmpty();
        (await PushAsync("update", id)).Status.Should().Be(HttpStatusCode.NotFound);
        (await PushAsync("end", id)).Status.Should().Be(HttpStatusCode.NotFound);
        Emulator.Pushes.Should().HaveCount(pushesBefore);
    }

    [Fact]
    public async Task Expiry_JustBeforeEndsAt_ActivityAlive()
    {
        var id = await RegisterIdAsync("user-1");

        Time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));

        (await StartActivityAsync(id)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Start_TargetDevices_PushesOnlyToRegisteredTargets()
    {
        var id = await RegisterIdAsync("multi-1", "user-2");

        var result = await StartActivityAsync(id, [Target("multi-1", "multi-1-device-2"), Target("user-2", "not-registered"), Target("stranger", "x")]);

        result.Int("sessions_triggered").Should().Be(1);
        Emulator.Pushes.Should().ContainSingle().Which.Udid.Should().Be("multi-1-device-2");
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    [Fact]
    public async Task Update_DifferentActivityType_IsAcceptedAndPushed()
    {
        var id = await StartedActivityAsync("user-1");
        Time.Advance(TimeSpan.FromSeconds(3));

        var result = await PostAsync("update", new { activity_id = id, activity_type = "OtherAttributes", content = Content(null, null) });

        result.Int("sessions_triggered").Should().Be(1);
    }

    [Fact]
    public void GetActivity_NeverCreated_ReturnsNull()
    {
        Emulator.GetActivity(Guid.NewGuid().ToString()).Should().BeNull();
    }
}
