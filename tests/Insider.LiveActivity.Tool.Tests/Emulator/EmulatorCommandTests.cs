// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Text;
using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Tool.Tests.Support;

namespace Insider.LiveActivity.Tool.Tests.Emulator;

public class EmulatorCommandTests
{
    [Fact]
    public async Task Emulator_ListensOnLoopback_AnswersTheApi_AndStopsWithExitZeroOnCancel()
    {
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<LiveActivityEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new ToolRunner { EmulatorStarted = started.SetResult };

        var run = runner.RunAsync(stop.Token, "emulator", "--port", "0", "--api-key", "tool-test-key", "--no-rate-limit");
        var emulator = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        emulator.IsInMemory.Should().BeFalse();
        emulator.BaseAddress.Host.Should().Be("127.0.0.1");
        emulator.ApiKey.Should().Be("tool-test-key");
        using (var http = new HttpClient { BaseAddress = emulator.BaseAddress })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/live-activity/register")
            {
                Content = new StringContent(
                    $$"""{"activity_type":"DeliveryActivityAttributes","insider_ids":["user-1"],"ends_at":"{{DateTimeOffset.UtcNow.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}}"}""",
                    Encoding.UTF8,
                    "application/json"),
            };
            request.Headers.Add("X-Api-Key", "tool-test-key");
            using var response = await http.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await stop.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        result.ExitCode.Should().Be(ToolExitCode.Ok);
        result.Output.Should().Contain($"listening on {emulator.BaseAddress.ToString().TrimEnd('/')}")
            .And.Contain("API key: tool-test-key")
            .And.Contain("Emulator stopped.");
        emulator.Requests.Should().ContainSingle().Which.StatusCode.Should().Be(200);
    }

    [Theory]
    [InlineData("--port", "70000", "--port")]
    [InlineData("--port", "-1", "--port")]
    [InlineData("--token-sync-delay", "-3", "--token-sync-delay")]
    [InlineData("--port", "not-a-number", "not-a-number")]
    [InlineData("--api-key", " ", "--api-key")]
    public async Task Emulator_WithABadOption_IsAUsageErrorAndStartsNothing(string option, string value, string printed)
    {
        var startedAny = false;
        var run = await new ToolRunner { EmulatorStarted = _ => startedAny = true }.RunAsync("emulator", option, value);

        run.ExitCode.Should().Be(ToolExitCode.Usage);
        run.Output.Should().Contain(printed);
        startedAny.Should().BeFalse();
    }
}
