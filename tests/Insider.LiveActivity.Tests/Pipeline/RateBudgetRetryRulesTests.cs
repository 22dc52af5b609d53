// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Threading.RateLimiting;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// With the client-side rate budget on, a 429 is retried without a backoff of its own (the budget pauses the endpoint for
/// every caller, so waiting in the retry too would double the wait); every other retryable answer still waits its backoff.
/// </summary>
public sealed class RateBudgetRetryRulesTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task BudgetOn_429_IsRetriedWithoutAWaitOfItsOwn()
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, ScriptedReply.Empty(429), Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = CreateClient(scope, time);

        // The clock never moves: a backoff wait would never end, and the guard would fail the test instead of hanging it.
        var summary = await sut.UpdateAsync(Endpoints.Update()).WaitAsync(TimeSpan.FromSeconds(15));

        summary.SessionsTriggered.Should().Be(850);
        scope.RequestsTo(LiveActivityEndpoint.Update).Should().HaveCount(2);
    }

    [Fact]
    public async Task BudgetOn_503_StillWaitsItsBackoff()
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, ScriptedReply.Empty(503), Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = CreateClient(scope, time);

        var call = sut.UpdateAsync(Endpoints.Update());

        (await time.NextTimerAsync()).Should().Be(BaseDelay);
        call.IsCompleted.Should().BeFalse();
        time.Advance(BaseDelay);
        (await call).SessionsTriggered.Should().Be(850);
        scope.RequestsTo(LiveActivityEndpoint.Update).Should().HaveCount(2);
    }

    private static LiveActivityClient CreateClient(ServerScope scope, TimeProvider time)
    {
        var options = scope.CreateOptions(o =>
        {
            o.RateLimit.Enabled = true;
            o.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = BaseDelay;
            o.Retry.UseJitter = false;
        });
        return new(scope.CreateHttpClient(), new LiveActivityInvoker(options, timeProvider: time, rateLimiter: new AcceptingLimiter()), ownsHttpClient: true);
    }

    /// <summary>A budget that always has room and does not pause on a 429, so only the retry's own delay is observed.</summary>
    private sealed class AcceptingLimiter : ILiveActivityRateLimiter
    {
        public ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken) =>
            new(new AcquiredLease());

        public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter)
        {
        }
    }

    private sealed class AcquiredLease : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
