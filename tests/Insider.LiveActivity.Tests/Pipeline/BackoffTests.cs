// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>The waits between retries, observed on a fake clock: exponential from BaseDelay, capped, jittered, and Retry-After honoured but capped.</summary>
public sealed class BackoffTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task Register_NoJitter_WaitsOneTwoFourEightSeconds()
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Empty(503));
        var sut = CreateSut(scope, time, o => o.Retry.UseJitter = false);

        var call = sut.RegisterAsync(Endpoints.Register(time.GetUtcNow()));
        var delays = await DriveBackoffAsync(time, 4);

        delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
        (await call.Awaiting(c => c).Should().ThrowExactlyAsync<LiveActivityServiceUnavailableException>()).Which.Attempts.Should().Be(5);
        scope.Requests.Should().HaveCount(5);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Update_MaxDelay_CapsEveryWait(int status)
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Empty(status));
        var sut = CreateSut(scope, time, o =>
        {
            o.Retry.UseJitter = false;
            o.Retry.MaxDelay = TimeSpan.FromSeconds(3);
        });

        var call = sut.UpdateAsync(Endpoints.Update());
        var delays = await DriveBackoffAsync(time, 4);

        delays.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));
        await call.Awaiting(c => c).Should().ThrowAsync<LiveActivityException>();
    }

    [Fact]
    public async Task AddUsers_Jitter_KeepsEachWaitWithinTwentyPercent()
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.AddUsers, ScriptedReply.Empty(503));
        var sut = CreateSut(scope, time);

        var call = sut.AddUsersAsync(Endpoints.AddUsers());
        var delays = await DriveBackoffAsync(time, 4);

        for (var i = 0; i < delays.Count; i++)
        {
            var nominal = TimeSpan.FromSeconds(Math.Pow(2, i));
            delays[i].Should().BeGreaterThanOrEqualTo(nominal * 0.8).And.BeLessThanOrEqualTo(nominal * 1.2);
        }

        await call.Awaiting(c => c).Should().ThrowExactlyAsync<LiveActivityServiceUnavailableException>();
    }

    [Fact]
    public async Task Update_RetryAfterSeconds_WaitsWhatTheServerAsked()
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update,
            ScriptedReply.Empty(429).WithHeader("Retry-After", "7"), Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = CreateSut(scope, time);

        var call = sut.UpdateAsync(Endpoints.Update());
        var delays = await DriveBackoffAsync(time, 1);

        delays.Should().Equal(TimeSpan.FromSeconds(7));
        (await call).SessionsTriggered.Should().Be(850);
    }

    [Fact]
    public async Task Register_HugeRetryAfter_IsCappedAtMaxRetryAfter()
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register,
            ScriptedReply.Empty(503).WithHeader("Retry-After", "86400"), Endpoints.Success(LiveActivityEndpoint.Register));
        var sut = CreateSut(scope, time);

        var call = sut.RegisterAsync(Endpoints.Register(time.GetUtcNow()));
        var delays = await DriveBackoffAsync(time, 1);

        delays.Should().Equal(TimeSpan.FromSeconds(60));
        (await call).ActivityId.Should().Be(Endpoints.ActivityId);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task RemoveUsers_RetryAfterDate_WaitsUntilThatDateCapped(int status)
    {
        var time = new FakeTimeProvider();
        var date = time.GetUtcNow().AddSeconds(20).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.RemoveUsers,
            ScriptedReply.Empty(status).WithHeader("Retry-After", date), Endpoints.Success(LiveActivityEndpoint.RemoveUsers));
        var sut = CreateSut(scope, time, o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(15));

        var call = sut.RemoveUsersAsync(Endpoints.RemoveUsers());
        var delays = await DriveBackoffAsync(time, 1);

        delays.Should().Equal(TimeSpan.FromSeconds(15));
        await call;
    }

    private static LiveActivityClient CreateSut(ServerScope scope, FakeTimeProvider time, Action<LiveActivityOptions>? configure = null) =>
        scope.CreateClient(
            o =>
            {
                o.Timeout = Timeout.InfiniteTimeSpan;
                o.Retry.BaseDelay = TimeSpan.FromSeconds(1);
                configure?.Invoke(o);
            },
            timeProvider: time);

    /// <summary>Lets each backoff wait begin, records it, and moves the clock past it.</summary>
    private static async Task<List<TimeSpan>> DriveBackoffAsync(FakeTimeProvider time, int waits)
    {
        var delays = new List<TimeSpan>();
        for (var i = 0; i < waits; i++)
        {
            var delay = await time.NextTimerAsync();
            delays.Add(delay);
            time.Advance(delay);
        }

        return delays;
    }
}
