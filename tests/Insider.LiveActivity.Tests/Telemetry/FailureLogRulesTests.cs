// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// The "Error" field of a failure's log entry says what went wrong even when no answer came: for a timed-out attempt it is
/// the timeout's own text (which names the limit), as the API's logging recommendation asks for the error of every failure.
/// </summary>
public sealed class FailureLogRulesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task TimedOutCall_LogsTheTimeoutsTextAsItsError()
    {
        var time = new FakeTimeProvider();
        var logs = new FakeLogger();
        var handler = new StubHandler(async (_, _, token) =>
        {
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var options = new LiveActivityOptions { ApiKey = ServerScope.ApiKey, BaseAddress = new Uri("https://stub.invalid/"), Timeout = Timeout };
        options.RateLimit.Enabled = false;
        var sut = new LiveActivityClient(new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan }, options, logs, time);

        var call = sut.StartAsync(Endpoints.Start());
        await time.WaitForTimerAsync();
        time.Advance(Timeout);

        await call.Awaiting(c => c).Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>();
        logs.Collector.GetSnapshot().Where(e => e.Level == LogLevel.Error).Should().ContainSingle()
            .Which.Value("Error").Should().Contain(Timeout.ToString());
    }
}
