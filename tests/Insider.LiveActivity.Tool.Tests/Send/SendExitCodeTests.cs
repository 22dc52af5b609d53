// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.Tool.Tests.Send;

/// <summary>Each kind of API failure, answered by the emulator, ends <c>send start</c> with its documented exit code and prints its code.</summary>
public class SendExitCodeTests
{
    [Fact]
    public async Task StartingTwice_ExitsNotFoundOrConflict_WithTheErrorCode()
    {
        await using var fixture = await SendFixture.StartAsync();
        (await fixture.Runner.RunAsync(StartArgs(fixture))).ExitCode.Should().Be(ToolExitCode.Ok);

        var run = await fixture.Runner.RunAsync(StartArgs(fixture));

        run.ExitCode.Should().Be(ToolExitCode.NotFoundOrConflict);
        run.Output.Should().Contain("ALREADY_STARTED (409)").And.Contain("activity already started");
    }

    [Fact]
    public async Task UnknownActivity_ExitsNotFoundOrConflict()
    {
        await using var fixture = await SendFixture.StartAsync();
        var args = StartArgs(fixture);
        args[Array.IndexOf(args, "--activity-id") + 1] = Guid.NewGuid().ToString();

        var run = await fixture.Runner.RunAsync(args);

        run.ExitCode.Should().Be(ToolExitCode.NotFoundOrConflict);
        run.Output.Should().Contain("NOT_FOUND (404)");
    }

    [Fact]
    public async Task EndBeforeTokensSync_ExitsRetryLater()
    {
        await using var fixture = await SendFixture.StartAsync();
        (await fixture.Runner.RunAsync(StartArgs(fixture))).ExitCode.Should().Be(ToolExitCode.Ok);

        // The fixture's tokens do not sync on their own; /end is never retried, so the 412 comes back at once.
        var run = await fixture.Runner.RunAsync(fixture.Args("end", "--title", "T", "--message", "M"));

        run.ExitCode.Should().Be(ToolExitCode.RetryLater, run.Output);
        run.Output.Should().Contain("PUSH_TOKEN_NOT_SYNCED (412)");
    }

    public static TheoryData<string, int, string> Faults() => new()
    {
        { "validation", ToolExitCode.Validation, "VALIDATION_FAILED (400)" },
        { "unavailable", ToolExitCode.RetryLater, "503" },
        { "rate-limited", ToolExitCode.RetryLater, "429" },
        { "dropped", ToolExitCode.OutcomeUnknown, "may have been processed" },
        { "html", ToolExitCode.ApiError, "500" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task FailedStart_ExitsWithTheCodeOfItsKind(string fault, int exitCode, string printed)
    {
        await using var fixture = await SendFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(EmulatorEndpoint.Start, fault switch
        {
            "validation" => EmulatorFault.Status(HttpStatusCode.BadRequest, "VALIDATION_FAILED", "content is invalid"),
            "unavailable" => EmulatorFault.Status(HttpStatusCode.ServiceUnavailable),
            "rate-limited" => EmulatorFault.Status(HttpStatusCode.TooManyRequests),
            "dropped" => EmulatorFault.DropConnectionAfterProcessing(),
            _ => EmulatorFault.HtmlPage(HttpStatusCode.InternalServerError),
        });

        var run = await fixture.Runner.RunAsync(StartArgs(fixture));

        run.ExitCode.Should().Be(exitCode, run.Output);
        run.Output.Should().Contain(printed);
    }

    [Theory]
    [InlineData(ApiKeyState.Disabled, "LIVE_ACTIVITY_DISABLED (403)")]
    [InlineData(ApiKeyState.ApnsCertMissing, "APNS_CERT_MISSING (412)")]
    [InlineData(ApiKeyState.Unauthorized, "401")]
    public async Task KeyThatCannotSend_ExitsUnauthorized(ApiKeyState state, string printed)
    {
        await using var fixture = await SendFixture.StartAsync();
        fixture.Emulator.ConfigureApiKey(fixture.Emulator.ApiKey, state);

        var run = await fixture.Runner.RunAsync(StartArgs(fixture));

        run.ExitCode.Should().Be(ToolExitCode.Unauthorized, run.Output);
        run.Output.Should().Contain(printed).And.NotContain(fixture.Emulator.ApiKey);
    }

    private static string[] StartArgs(SendFixture fixture) => fixture.Args("start", "--title", "Preparing", "--message", "ETA 14:30");
}
