// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// The invoker's attribution rules: only the caller's own cancellation surfaces as <see cref="OperationCanceledException"/>;
/// any other cancellation (an HTTP stack's own timeout) is a transport failure, retried where the endpoint allows; an
/// unexpected failure is a <see cref="LiveActivityException"/> carrying its cause; and a 2xx whose body holds no result is
/// a failure, never a success with nothing in it, and never retried.
/// </summary>
public sealed class InvokerRulesTests
{
    [Theory]
    [InlineData(LiveActivityEndpoint.Update)]
    [InlineData(LiveActivityEndpoint.Register)]
    public async Task CancellationThatIsNotTheCallers_IsATransportFailure_RetriedOnIdempotentEndpoints(LiveActivityEndpoint endpoint)
    {
        var handler = new StubHandler((n, _, _) => n == 1
            ? Task.FromException<HttpResponseMessage>(new TaskCanceledException("the HTTP stack's own timeout"))
            : Task.FromResult(StubHandler.Json(200, Endpoints.SuccessBody(endpoint))));
        var sut = handler.CreateClient(o => o.Timeout = System.Threading.Timeout.InfiniteTimeSpan);

        var result = await Endpoints.InvokeAsync(sut, endpoint);

        result.Should().NotBeNull();
        handler.Calls.Should().Be(2);
    }

    [Fact]
    public async Task CancellationThatIsNotTheCallers_OnStart_IsAnUnknownOutcome_NotACancellation()
    {
        var handler = new StubHandler((_, _, _) => Task.FromException<HttpResponseMessage>(new TaskCanceledException("the HTTP stack's own timeout")));
        var sut = handler.CreateClient(o => o.Timeout = System.Threading.Timeout.InfiniteTimeSpan);

        var error = (await sut.Awaiting(s => s.StartAsync(Endpoints.Start(), CancellationToken.None))
            .Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;

        error.InnerException.Should().BeOfType<TaskCanceledException>();
        error.IsSafeToRetry.Should().BeFalse();
        handler.Calls.Should().Be(1);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CallersCancellation_WithoutAnAttemptTimeout_IsACancellation(bool beforeTheAnswer)
    {
        using var caller = new CancellationTokenSource();
        var handler = new StubHandler(async (_, _, token) =>
        {
            await caller.CancelAsync();
            if (beforeTheAnswer)
            {
                await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            }

            return StubHandler.Json(503, "{}");
        });
        var sut = handler.CreateClient(o => o.Timeout = System.Threading.Timeout.InfiniteTimeSpan);

        var thrown = await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), caller.Token)).Should().ThrowAsync<OperationCanceledException>();

        thrown.Which.Should().NotBeAssignableTo<LiveActivityException>();
        handler.Calls.Should().Be(1, "a cancelled call is not retried");
    }

    [Theory]
    [InlineData(LiveActivityEndpoint.Update, true)]
    [InlineData(LiveActivityEndpoint.Start, true)]
    [InlineData(LiveActivityEndpoint.Update, false)]
    [InlineData(LiveActivityEndpoint.Start, false)]
    public async Task UnexpectedFailure_IsALiveActivityExceptionWithItsCause_AndIsNotRetried(LiveActivityEndpoint endpoint, bool attemptTimeout)
    {
        var bug = new InvalidOperationException("a handler bug");
        var handler = new StubHandler((_, _, _) => Task.FromException<HttpResponseMessage>(bug));
        var sut = handler.CreateClient(o => o.Timeout = attemptTimeout ? TimeSpan.FromSeconds(30) : System.Threading.Timeout.InfiniteTimeSpan);

        var error = (await sut.Awaiting(s => Endpoints.InvokeAsync(s, endpoint)).Should().ThrowAsync<LiveActivityException>()).Which;

        error.InnerException.Should().BeSameAs(bug);
        error.Message.Should().Contain(nameof(InvalidOperationException), "the operator sees what failed");
        error.Attempts.Should().Be(1);
        handler.Calls.Should().Be(1);
    }

    [Fact]
    public async Task UnexpectedFailure_WhileTheCallerCancels_IsStillReportedAsThatFailure()
    {
        using var caller = new CancellationTokenSource();
        var bug = new InvalidOperationException("a handler bug");
        var handler = new StubHandler(async (_, _, _) =>
        {
            await caller.CancelAsync();
            throw bug;
        });
        var sut = handler.CreateClient(o => o.Timeout = System.Threading.Timeout.InfiniteTimeSpan);

        var error = (await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), caller.Token)).Should().ThrowAsync<LiveActivityException>()).Which;

        error.InnerException.Should().BeSameAs(bug);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    public async Task SuccessStatusWithoutAResult_IsAFailure_NotRetried_AndSaysTheBodyIsNotTheDocumentedJson(string body)
    {
        var handler = new StubHandler((_, _, _) => Task.FromResult(StubHandler.Json(200, body)));
        var sut = handler.CreateClient();

        var error = (await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), CancellationToken.None))
            .Should().ThrowExactlyAsync<LiveActivityException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.ErrorCode.Should().BeNull();
        error.Message.Should().Contain("JSON").And.Contain("application/json");
        error.InnerException.Should().BeNull("nothing failed to parse: the body held no result");
        handler.Calls.Should().Be(1);
    }

    [Fact]
    public async Task SuccessStatusWithBrokenJson_KeepsTheParseErrorAsItsCause()
    {
        var handler = new StubHandler((_, _, _) => Task.FromResult(StubHandler.Json(201, "{\"sessions_triggered\":")));
        var sut = handler.CreateClient();

        var error = (await sut.Awaiting(s => s.EndAsync(Endpoints.End(), CancellationToken.None))
            .Should().ThrowExactlyAsync<LiveActivityException>()).Which;

        error.StatusCode.Should().Be(HttpStatusCode.Created);
        error.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData(299)]
    [InlineData(204)]
    public async Task AnyTwoHundredStatusWithTheDocumentedBody_IsASuccess(int status)
    {
        var handler = new StubHandler((_, _, _) => Task.FromResult(StubHandler.Json(status, Endpoints.SuccessBody(LiveActivityEndpoint.Update))));
        var sut = handler.CreateClient();

        (await sut.UpdateAsync(Endpoints.Update())).SessionsTriggered.Should().Be(850);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(199)]
    public async Task StatusOutsideTwoHundreds_IsNeverASuccess_EvenWithTheDocumentedBody(int status)
    {
        var handler = new StubHandler((_, _, _) => Task.FromResult(StubHandler.Json(status, Endpoints.SuccessBody(LiveActivityEndpoint.Update))));
        var sut = handler.CreateClient();

        var error = (await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), CancellationToken.None)).Should().ThrowAsync<LiveActivityException>()).Which;

        error.StatusCode.Should().Be((HttpStatusCode)status);
    }

    [Fact]
    public async Task RetryAfterAsADate_IsMeasuredOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var handler = new StubHandler((n, _, _) =>
        {
            if (n > 1)
            {
                return Task.FromResult(StubHandler.Json(200, Endpoints.SuccessBody(LiveActivityEndpoint.Update)));
            }

            var busy = StubHandler.Json(429, "{}");
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(12));
            return Task.FromResult(busy);
        });
        var sut = handler.CreateClient(o => o.Timeout = System.Threading.Timeout.InfiniteTimeSpan, time);

        var call = sut.UpdateAsync(Endpoints.Update());
        var wait = await time.NextTimerAsync();
        time.Advance(wait);

        wait.Should().Be(TimeSpan.FromSeconds(12));
        (await call).SessionsTriggered.Should().Be(850);
    }
}
