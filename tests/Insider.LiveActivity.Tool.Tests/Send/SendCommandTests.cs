// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Tool.Composition;

namespace Insider.LiveActivity.Tool.Tests.Send;

public class SendCommandTests
{
    [Fact]
    public async Task StartUpdateEnd_DriveTheActivity_AndPushTheStateFileAndAlert()
    {
        await using var fixture = await SendFixture.StartAsync();

        var start = await fixture.Runner.RunAsync(fixture.Args("start", "--title", "Preparing", "--message", "ETA 14:30"));
        start.ExitCode.Should().Be(ToolExitCode.Ok, start.Output);
        start.Output.Should().Contain($"/start {fixture.ActivityId}: sessions_triggered 3");
        fixture.Emulator.GetActivity(fixture.ActivityId)!.State.Should().Be(EmulatedActivityState.Started);

        fixture.Emulator.CompleteTokenSync(fixture.ActivityId);
        var update = await fixture.Runner.RunAsync(fixture.Args("update"));
        update.ExitCode.Should().Be(ToolExitCode.Ok, update.Output);

        var end = await fixture.Runner.RunAsync(fixture.Args("end", "--title", "Delivered", "--message", "Enjoy!"));
        end.ExitCode.Should().Be(ToolExitCode.Ok, end.Output);
        end.Output.Should().Contain($"/end {fixture.ActivityId}: sessions_triggered 3");

        fixture.Emulator.GetActivity(fixture.ActivityId)!.State.Should().Be(EmulatedActivityState.Dead);
        fixture.Emulator.Pushes.Select(push => push.Event).Should().Equal("start", "start", "start", "update", "update", "update", "end", "end", "end");
        var first = fixture.Emulator.Pushes[0].Payload["aps"]!;
        first["content-state"]!.ToJsonString().Should().Be("""{"status":"preparing","eta_minutes":12}""");
        first["alert"]!["title"]!.GetValue<string>().Should().Be("Preparing");
        first["alert"]!["body"]!.GetValue<string>().Should().Be("ETA 14:30");
        first["attributes-type"]!.GetValue<string>().Should().Be(SendFixture.ActivityType);
    }

    [Fact]
    public async Task Target_PushesOnlyToTheNamedDevice()
    {
        await using var fixture = await SendFixture.StartAsync();

        var run = await fixture.Runner.RunAsync(fixture.Args("start", "--title", "T", "--message", "M", "--target", "multi-2:multi-2-device-2"));

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        fixture.Emulator.Pushes.Should().ContainSingle().Which.Udid.Should().Be("multi-2-device-2");
    }

    [Fact]
    public async Task BaseAddress_ComesFromTheEnvironment_WhenNoOptionIsGiven()
    {
        await using var fixture = await SendFixture.StartAsync();
        string[] args = ["send", "start", "--activity-id", fixture.ActivityId, "--type", SendFixture.ActivityType, "--state", fixture.StateFile, "--title", "T", "--message", "M"];

        var run = await fixture.Runner.WithVariable(ToolEnvironment.BaseAddressVariable, fixture.BaseAddress).RunAsync(args);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        fixture.Emulator.Pushes.Should().HaveCount(3);
    }

    [Fact]
    public async Task Start_WithoutTheAlert_IsAUsageError_AndSendsNothing()
    {
        await using var fixture = await SendFixture.StartAsync();

        var run = await fixture.Runner.RunAsync(fixture.Args("start", "--title", "Only a title"));

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("--title").And.Contain("--message");
        fixture.Emulator.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--activity-id")]
    [InlineData("--type")]
    [InlineData("--state")]
    public async Task MissingRequiredOption_IsAUsageError(string option)
    {
        await using var fixture = await SendFixture.StartAsync();
        var args = fixture.Args("update").ToList();
        args.RemoveRange(args.IndexOf(option), 2);

        var run = await fixture.Runner.RunAsync([.. args]);

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain($"{option} is required");
        fixture.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Cancelled_ExitsWith130_AndSendsNothing()
    {
        await using var fixture = await SendFixture.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var run = await fixture.Runner.RunAsync(cancelled.Token, fixture.Args("update"));

        run.ExitCode.Should().Be(ToolExitCode.Cancelled);
        fixture.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task MissingApiKey_IsAUsageError_NamingTheVariable_AndSendsNothing()
    {
        await using var fixture = await SendFixture.StartAsync();

        var run = await fixture.Runner.WithoutVariable(ToolEnvironment.ApiKeyVariable).RunAsync(fixture.Args("update"));

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("INSIDER_API_KEY");
        fixture.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task WrongApiKey_ExitsUnauthorized_AndNeverPrintsTheKey()
    {
        await using var fixture = await SendFixture.StartAsync();

        var run = await fixture.Runner.WithVariable(ToolEnvironment.ApiKeyVariable, "wrong-secret-key-123").RunAsync(fixture.Args("update"));

        run.ExitCode.Should().Be(ToolExitCode.Unauthorized);
        run.Output.Should().Contain("401").And.NotContain("wrong-secret-key-123");
    }

    [Theory]
    [InlineData("missing.json", null, "does not exist")]
    [InlineData("broken.json", "{\"status\":", "not valid JSON")]
    [InlineData("array.json", "[1,2]", "must hold a JSON object")]
    public async Task BadStateFile_IsAUsageError_AndSendsNothing(string name, string? content, string message)
    {
        await using var fixture = await SendFixture.StartAsync();
        var path = content is null ? fixture.Files.Combine(name) : fixture.Files.File(name, content);
        var args = fixture.Args("update");
        args[Array.IndexOf(args, "--state") + 1] = path;

        var run = await fixture.Runner.RunAsync(args);

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain(message);
        fixture.Emulator.Requests.Should().BeEmpty();
    }
}
