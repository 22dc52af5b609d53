// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Tool.Tests.Support;

namespace Insider.LiveActivity.Tool.Tests.Segments;

public sealed class SegmentRegisterCommandTests : IAsyncLifetime, IDisposable
{
    private const string ActivityType = "DeliveryActivityAttributes";
    private readonly TempDirectory _files = new();
    private LiveActivityEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await LiveActivityEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task SmallSegment_RegistersOneActivity_AndPrintsTheSummaryBySkippedReason()
    {
        var ids = _files.Lines("ids.txt", ["user-1", "  multi-2  ", "", "android-3", "ios16-4", "nopush-5", "notoken-6", "unknown-7", "gdpr-8", "user-1"]);

        var run = await ToolRunner.For(_emulator).RunAsync(Args(ids, "+2h"));

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        var activityId = ActivityIdIn(run.Output);
        _emulator.GetActivity(activityId)!.Devices.Select(device => device.Udid).Should().BeEquivalentTo("user-1-device-1", "multi-2-device-1", "multi-2-device-2");
        Row(run.Output, "insider ids (unique)").Should().Be("8");
        Row(run.Output, "matched (devices)").Should().Be("3");
        Row(run.Output, "added").Should().Be("3");
        Row(run.Output, "skipped: unsupported_platform").Should().Be("1");
        Row(run.Output, "skipped: unsupported_os_version").Should().Be("1");
        Row(run.Output, "skipped: push_permission_disabled").Should().Be("1");
        Row(run.Output, "skipped: push_to_start_token_missing").Should().Be("1");
        Row(run.Output, "skipped: user_not_found (insiders)").Should().Be("1");
        Row(run.Output, "gdpr denied (insiders)").Should().Be("1");
        Row(run.Output, "unconfirmed ids").Should().Be("0");
        File.Exists(ids + ".unconfirmed.txt").Should().BeFalse();
    }

    [Fact]
    public async Task SegmentLargerThanOneRequest_IsOneActivity()
    {
        var ids = _files.Lines("ids.txt", Enumerable.Range(0, 10_250).Select(i => $"user-{i}"));
        var unconfirmed = _files.Combine("unconfirmed.txt");

        var run = await ToolRunner.For(_emulator).RunAsync([.. Args(ids, "+1d"), "--unconfirmed", unconfirmed]);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        var activity = _emulator.GetActivity(ActivityIdIn(run.Output))!;
        activity.Devices.Should().HaveCount(10_250);
        activity.EndsAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(1), TimeSpan.FromMinutes(1));
        _emulator.Requests.Select(request => request.Path).Should().Equal("/api/v1/live-activity/register", "/api/v1/live-activity/add-users");
        Row(run.Output, "matched (devices)").Should().Be("10,250");
        File.ReadAllText(unconfirmed).Should().BeEmpty("--unconfirmed is always written, empty when every id was confirmed");
    }

    [Fact]
    public async Task ChunkThatFails_LeavesItsIdsUnconfirmed_InTheFile_AndExitsIncomplete()
    {
        var ids = _files.Lines("ids.txt", Enumerable.Range(0, 10_005).Select(i => $"user-{i}"));
        _emulator.Faults.Enqueue(EmulatorEndpoint.AddUsers, EmulatorFault.Status(HttpStatusCode.Forbidden, "LIVE_ACTIVITY_DISABLED", "live activity is disabled"));

        var run = await ToolRunner.For(_emulator).RunAsync(Args(ids, "+2h"));

        run.ExitCode.Should().Be(ToolExitCode.Incomplete, run.Output);
        var written = File.ReadAllLines(ids + ".unconfirmed.txt");
        written.Should().BeEquivalentTo(Enumerable.Range(10_000, 5).Select(i => $"user-{i}"));
        Row(run.Output, "unconfirmed ids").Should().StartWith("5 (written to");
        run.Output.Should().Contain("LIVE_ACTIVITY_DISABLED").And.Contain("were not confirmed");
        _emulator.GetActivity(ActivityIdIn(run.Output))!.Devices.Should().HaveCount(10_000);
    }

    [Fact]
    public async Task NoEligibleDevice_ExitsWithItsCode_AndPrintsTheSkippedCounters()
    {
        var ids = _files.Lines("ids.txt", ["android-1", "android-2", "ios16-3"]);

        var run = await ToolRunner.For(_emulator).RunAsync(Args(ids, "+2h"));

        run.ExitCode.Should().Be(ToolExitCode.NoEligibleDevice, run.Output);
        run.Output.Should().Contain("NO_ELIGIBLE_DEVICE (422)").And.Contain("unsupported_platform 2").And.Contain("unsupported_os_version 1");
    }

    [Fact]
    public async Task EndsAtTooSoon_IsRejectedByTheSdk_BeforeSending()
    {
        var ids = _files.Lines("ids.txt", ["user-1"]);

        var run = await ToolRunner.For(_emulator).RunAsync(Args(ids, "+1m"));

        run.ExitCode.Should().Be(ToolExitCode.Validation, run.Output);
        run.Output.Should().Contain("ENDS_AT_TOO_SOON");
        _emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-12-01T18:00:00")]
    [InlineData("+2x")]
    public async Task UnreadableEndsAt_IsAUsageError(string endsAt)
    {
        var ids = _files.Lines("ids.txt", ["user-1"]);

        var run = await ToolRunner.For(_emulator).RunAsync(Args(ids, endsAt));

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("--ends-at");
        _emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task MissingIdsFile_IsAUsageError()
    {
        var run = await ToolRunner.For(_emulator).RunAsync(Args(_files.Combine("nope.txt"), "+2h"));

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("does not exist");
        _emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UnconfirmedFileInAMissingFolder_IsAUsageError_BeforeAnythingIsSent()
    {
        var ids = _files.Lines("ids.txt", ["user-1"]);

        var run = await ToolRunner.For(_emulator).RunAsync([.. Args(ids, "+2h"), "--unconfirmed", _files.Combine("no-such-folder/out.txt")]);

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("does not exist");
        _emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task InteractiveConsole_ShowsTheProgressBar()
    {
        var ids = _files.Lines("ids.txt", Enumerable.Range(0, 10_001).Select(i => $"user-{i}"));

        var run = await new ToolRunner { Interactive = true }.WithVariable("INSIDER_API_KEY", _emulator.ApiKey).RunAsync(Args(ids, "+2h"));

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("Chunks 2/2, ids confirmed 10,001/10,001").And.Contain("100%");
    }

    private string[] Args(string idsFile, string endsAt) =>
        ["segment", "register", "--base-address", _emulator.BaseAddress.ToString(), "--type", ActivityType, "--ids", idsFile, "--ends-at", endsAt];

    private static string ActivityIdIn(string output) =>
        output.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("activity_id: ", StringComparison.Ordinal))["activity_id: ".Length..];

    private static string Row(string output, string counter)
    {
        var line = output.Split('\n').Single(line => line.Contains($"│ {counter} ", StringComparison.Ordinal));
        return line.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[1];
    }
}
