// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Threading.RateLimiting;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// A call the client-side rate budget refuses is never sent: a full queue is a <see cref="LiveActivityRateLimitException"/>
/// that is safe to retry and says "Apply backoff, retry." (the 429 row's fix); a limiter that cannot check its budget fails
/// the call with its own exception, unchanged, also before anything is sent. A budget switched off asks no limiter.
/// </summary>
public sealed class RateBudgetMessageRulesTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task FullQueue_IsARateLimitException_SafeToRetry_NotSent_AndAdvisesBackoff()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = CreateClient(scope, new RefusingLimiter());

        var act = () => sut.UpdateAsync(Endpoints.Update());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityRateLimitException>()).Which;
        error.Message.Should().Be(
            "The client-side rate budget of /update is exhausted and its queue is full (LiveActivityOptions.RateLimit.QueueLimit), " +
            $"so the call was not sent, activity {Endpoints.ActivityId}. Apply backoff, retry.");
        error.IsSafeToRetry.Should().BeTrue();
        error.StatusCode.Should().BeNull();
        error.Endpoint.Should().Be(LiveActivityEndpoint.Update);
        scope.RequestsTo(LiveActivityEndpoint.Update).Should().BeEmpty();
    }

    [Fact]
    public async Task LimiterThatCannotCheckItsBudget_FailsTheCallWithItsOwnException_SafeToRetry_NotSent()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var unreachable = new LiveActivityRateLimitException("The shared rate budget is unreachable.");
        var sut = CreateClient(scope, new ThrowingLimiter(unreachable));

        var act = () => sut.StartAsync(Endpoints.Start());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityRateLimitException>()).Which;
        error.Should().BeSameAs(unreachable);
        error.IsSafeToRetry.Should().BeTrue("nothing was sent, so even /start may be sent again");
        error.Endpoint.Should().Be(LiveActivityEndpoint.Start);
        error.ActivityId.Should().Be(Endpoints.ActivityId);
        scope.RequestsTo(LiveActivityEndpoint.Start).Should().BeEmpty();
    }

    [Fact]
    public async Task BudgetSwitchedOff_TheLimiterIsNotAsked_AndTheCallIsSent()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = CreateClient(scope, new RefusingLimiter(), enabled: false);

        await sut.UpdateAsync(Endpoints.Update());

        scope.RequestsTo(LiveActivityEndpoint.Update).Should().ContainSingle();
    }

    private static LiveActivityClient CreateClient(ServerScope scope, ILiveActivityRateLimiter limiter, bool enabled = true) =>
        new(scope.CreateHttpClient(), new LiveActivityInvoker(scope.CreateOptions(o => { o.Retry.MaxRetries = 0; o.RateLimit.Enabled = enabled; }), rateLimiter: limiter), ownsHttpClient: true);

    private sealed class RefusingLimiter : ILiveActivityRateLimiter
    {
        public ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken) =>
            new(new RefusedLease());

        public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter)
        {
        }
    }

    private sealed class ThrowingLimiter(Exception error) : ILiveActivityRateLimiter
    {
        public ValueTask<RateLimitLease> AcquireAsync(LiveActivityRateLimitContext context, CancellationToken cancellationToken) =>
            throw error;

        public void OnResponse(LiveActivityRateLimitContext context, HttpStatusCode? statusCode, TimeSpan? retryAfter)
        {
        }
    }

    private sealed class RefusedLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
