// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class SegmentUpdateTests : EmulatorTestBase
{
    [Fact]
    public async Task AddUsers_NewAndExistingInsiders_CountsAddedAndRefreshedForThisCallOnly()
    {
        var id = await RegisterIdAsync("user-1", "user-2");

        var result = await SegmentAsync("add-users", id, "user-2", "user-3", "multi-4", "android-5");

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Json!["activity_id"]!.GetValue<string>().Should().Be(id);
        result.Int("added").Should().Be(3);
        result.Int("refreshed").Should().Be(1);
        result.Int("matched").Should().Be(4);
        result.Skipped("unsupported_platform").Should().Be(1);
        Emulator.GetActivity(id)!.Devices.Should().HaveCount(5);
    }

    [Fact]
    public async Task AddUsers_ProfileBecameIneligible_RemovesAndCountsRemoved()
    {
        var id = await RegisterIdAsync("multi-1", "user-2");
        Emulator.Profiles.Add("multi-1", new EmulatedDevice("multi-1-device-1"), new EmulatedDevice("multi-1-device-2") { OsVersion = new Version(16, 0) });

        var result = await SegmentAsync("add-users", id, "multi-1");

        result.Int("refreshed").Should().Be(1);
        result.Int("removed").Should().Be(1);
        Emulator.GetActivity(id)!.Devices.Select(d => d.Udid).Should().BeEquivalentTo("multi-1-device-1", "user-2-device-1");
    }

    [Fact]
    public async Task AddUsers_AllFiltered_Returns422WithGdprDetails()
    {
        var id = await RegisterIdAsync("user-1");

        var result = await SegmentAsync("add-users", id, "gdpr-1", "notoken-2");

        result.Status.Should().Be((HttpStatusCode)422);
        result.Code.Should().Be("NO_ELIGIBLE_DEVICE");
        result.Skipped("push_to_start_token_missing").Should().Be(1);
        result.Json!["gdpr_denied_details"]![0]!["insider_id"]!.GetValue<string>().Should().Be("gdpr-1");
        Emulator.GetActivity(id)!.Devices.Should().ContainSingle();
    }

    [Fact]
    public async Task RemoveUsers_RegisteredInsiders_CountsDevicesAndZeroesTheRest()
    {
        var id = await RegisterIdAsync("multi-1", "user-2", "user-3");

        var result = await SegmentAsync("remove-users", id, "multi-1", "user-2", "missing-9", "multi-1");

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Int("removed").Should().Be(3);
        result.Int("matched").Should().Be(0);
        result.Int("added").Should().Be(0);
        result.Int("refreshed").Should().Be(0);
        result.Json!["skipped"]!.AsObject().Sum(p => p.Value!.GetValue<int>()).Should().Be(0);
        result.Json!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("status", "activity_id", "matched", "added", "refreshed", "removed", "skipped");
        Emulator.GetActivity(id)!.Devices.Select(d => d.InsiderId).Should().Equal("user-3");
    }

    [Fact]
    public async Task RemoveUsers_NothingToRemove_Returns200WithZero()
    {
        var id = await RegisterIdAsync("user-1");

        var result = await SegmentAsync("remove-users", id, "gdpr-1", "unknown-2");

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Int("removed").Should().Be(0);
    }

    [Theory]
    [InlineData("add-users")]
    [InlineData("remove-users")]
    public async Task SegmentUpdate_AfterStart_Returns409AlreadyStarted(string operation)
    {
        var id = await StartedActivityAsync("user-1");

        var result = await SegmentAsync(operation, id, "user-2");

        result.Status.Should().Be(HttpStatusCode.Conflict);
        result.Code.Should().Be("ALREADY_STARTED");
        result.Error.Should().Be("activity already started");
    }

    [Theory]
    [InlineData("add-users")]
    [InlineData("remove-users")]
    public async Task SegmentUpdate_UnknownActivity_Returns404NotFound(string operation)
    {
        var result = await SegmentAsync(operation, Guid.NewGuid().ToString(), "user-2");

        result.Status.Should().Be(HttpStatusCode.NotFound);
        result.Code.Should().Be("NOT_FOUND");
    }
}
