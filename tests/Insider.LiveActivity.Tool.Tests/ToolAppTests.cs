// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Tests.Support;

namespace Insider.LiveActivity.Tool.Tests;

public class ToolAppTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "emulator", "send", "segment", "check", "status")]
    [InlineData(new[] { "check", "--help" }, "--swift", "--payload", "--type", "--attributes")]
    [InlineData(new[] { "emulator", "--help" }, "--port", "--api-key", "--token-sync-delay", "--no-rate-limit")]
    [InlineData(new[] { "send", "--help" }, "start", "update", "end")]
    [InlineData(new[] { "send", "start", "--help" }, "--activity-id", "--type", "--state", "--title", "--message", "--target", "--base-address", "INSIDER_API_KEY")]
    [InlineData(new[] { "send", "update", "--help" }, "--activity-id", "--type", "--state", "--target", "--base-address")]
    [InlineData(new[] { "send", "end", "--help" }, "--activity-id", "--type", "--state", "--target", "--base-address")]
    [InlineData(new[] { "segment", "--help" }, "register")]
    [InlineData(new[] { "status", "--help" }, "--sqlite", "--key", "--state")]
    [InlineData(new[] { "segment", "register", "--help" }, "--type", "--ids", "--ends-at", "--unconfirmed", "--base-address")]
    public async Task Help_OnEveryCommand_ExitsZeroAndNamesItsOptions(string[] args, params string[] expected)
    {
        var run = await new ToolRunner().RunAsync(args);

        run.ExitCode.Should().Be(ToolExitCode.Ok);
        run.Output.Should().Contain("USAGE:").And.Contain(ToolApp.Name);
        foreach (var text in expected)
        {
            run.Output.Should().Contain(text);
        }
    }

    [Fact]
    public async Task UnknownCommand_IsAUsageError()
    {
        var run = await new ToolRunner().RunAsync("status-of-everything");

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("Unknown command");
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var run = await new ToolRunner().RunAsync("send", "update", "--api-key", "secret-from-history");

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain("--api-key");
    }
}
