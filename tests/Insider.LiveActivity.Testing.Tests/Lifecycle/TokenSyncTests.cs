// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class TokenSyncTests : EmulatorTestBase
{
    [Theory]
    [InlineData("update")]
    [InlineData("end")]
    public async Task Push_RightAfterStart_Returns412AndSendsNothing(string operation)
    {
        var id = await StartedActivityAsync("user-1", "user-2");

        var result = await PushAsync(operation, id);

        result.Status.Should().Be(HttpStatusCode.PreconditionFailed);
        result.Json!.ToJsonString().Should().Be("{\"error\":\"push tokens are not synced yet\",\"code\":\"PUSH_TOKEN_NOT_SYNCED\"}");
        Emulator.Pushes.Should().OnlyContain(p => p.Event == "start");
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    [Fact]
    public async Task Update_AfterTokenSyncDelay_PushesToAll()
    {
        var id = await StartedActivityAsync("user-1", "user-2");
        Time.Advance(TimeSpan.FromSeconds(2.999));
        (await PushAsync("update", id)).Status.Should().Be(HttpStatusCode.PreconditionFailed);

        Time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await PushAsync("update", id);

        result.Json!.ToJsonString().Should().Be("{\"status\":\"success\",\"sessions_triggered\":2}");
    }

    [Fact]
    public async Task Update_PartiallySynced_SkipsUnsyncedDevices()
    {
        var id = await RegisterIdAsync("user-1", "user-2", "user-3");
        await StartActivityAsync(id, [Target("user-1", "user-1-device-1")]);
        Time.Advance(TimeSpan.FromSeconds(3));

        var result = await PushAsync("update", id);

        result.Int("sessions_triggered").Should().Be(1);
        result.Int("skipped_not_synced").Should().Be(2);
    }

    [Fact]
    public async Task End_PartiallySynced_DeletesActivityAndReportsSkipped()
    {
        var id = await RegisterIdAsync("user-1", "user-2");
        await StartActivityAsync(id, [Target("user-1", "user-1-device-1")]);
        Time.Advance(TimeSpan.FromSeconds(3));

        var result = await PushAsync("end", id);

        result.Int("sessions_triggered").Should().Be(1);
        result.Int("skipped_not_synced").Should().Be(1);
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Dead);
    }

    [Fact]
    public async Task End_AllUnsynced_DoesNotDeleteActivity()
    {
        var id = await StartedActivityAsync("user-1");
        (await PushAsync("end", id)).Code.Should().Be("PUSH_TOKEN_NOT_SYNCED");

        Time.Advance(TimeSpan.FromSeconds(3));
        var retry = await PushAsync("end", id);

        retry.Status.Should().Be(HttpStatusCode.OK);
        Emulator.Pushes.Where(p => p.Event == "end").Should().ContainSingle();
    }

    [Fact]
    public async Task Update_TargetDevices_NarrowsToRegisteredTargets()
    {
        var id = await StartedActivityAsync("multi-1", "user-2");
        Time.Advance(TimeSpan.FromSeconds(3));

        var result = await PushAsync("update", id, [Target("multi-1", "multi-1-device-1"), Target("user-2", "unknown-udid")]);

        result.Json!.ToJsonString().Should().Be("{\"status\":\"success\",\"sessions_triggered\":1}");
        Emulator.Pushes.Last().Udid.Should().Be("multi-1-device-1");
    }

    [Fact]
    public async Task End_TargetedEnd_DeletesWholeActivity()
    {
        var id = await StartedActivityAsync("user-1", "user-2");
        Time.Advance(TimeSpan.FromSeconds(3));

        var result = await PushAsync("end", id, [Target("user-1", "user-1-device-1")]);

        result.Int("sessions_triggered").Should().Be(1);
        (await PushAsync("update", id)).Code.Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task Update_RegisteredNotStarted_Returns412NotFoundIsNotUsed()
    {
        var id = await RegisterIdAsync("user-1");

        var result = await PushAsync("update", id);

        result.Code.Should().Be("PUSH_TOKEN_NOT_SYNCED");
    }

    [Fact]
    public async Task CompleteTokenSync_WithoutAdvancingClock_AllowsUpdate()
    {
        var id = await StartedActivityAsync("user-1", "multi-2");

        Emulator.CompleteTokenSync(id).Should().Be(3);

        (await PushAsync("update", id)).Int("sessions_triggered").Should().Be(3);
        Emulator.GetActivity(id)!.Devices.Should().OnlyContain(d => d.IsTokenSynced);
    }

    [Fact]
    public async Task TokenSyncDelay_Configured_IsUsed()
    {
        using var test = new Configured(o => o.TokenSyncDelay = TimeSpan.Zero);
        var id = await test.StartedActivityAsync("user-1");

        var result = await test.PushAsync("update", id);

        result.Status.Should().Be(HttpStatusCode.OK);
    }

    private sealed class Configured(Action<LiveActivityEmulatorOptions> configure) : EmulatorTestBase(configure);
}
