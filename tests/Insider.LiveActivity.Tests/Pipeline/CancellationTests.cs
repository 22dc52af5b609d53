// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>The caller's own cancellation surfaces as <see cref="OperationCanceledException"/>, at once, even during backoff.</summary>
public sealed class CancellationTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Theory]
    [MemberData(nameof(Endpoints.IdempotentData), MemberType = typeof(Endpoints))]
    public async Task IdempotentCall_CancelledDuringBackoff_ThrowsOperationCanceledAtOnce(LiveActivityEndpoint endpoint)
    {
        var time = new FakeTimeProvider();
        var scope = server.CreateScope().Always(endpoint, ScriptedReply.Empty(503));
        var sut = scope.CreateClient(
            o =>
            {
                o.Timeout = Timeout.InfiniteTimeSpan;
                o.Retry.BaseDelay = TimeSpan.FromMinutes(1);
                o.Retry.MaxDelay = TimeSpan.FromMinutes(1);
            },
            timeProvider: time);
        using var cts = new CancellationTokenSource();

        var call = Endpoints.InvokeAsync(sut, endpoint, time.GetUtcNow(), cts.Token);
        await time.NextTimerAsync();
        await cts.CancelAsync();

        await call.Awaiting(c => c).Should().ThrowAsync<OperationCanceledException>();
        scope.Requests.Should().HaveCount(1, "the clock never moved, so no retry was sent");
        time.PendingOneShotTimers.Should().Be(0, "the backoff timer is released");
    }

    [Theory]
    [MemberData(nameof(Endpoints.AllData), MemberType = typeof(Endpoints))]
    public async Task AnyCall_AlreadyCancelled_ThrowsOperationCanceledAndSendsNothing(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Always(endpoint, Endpoints.Success(endpoint));
        var sut = scope.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => Endpoints.InvokeAsync(sut, endpoint, cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        scope.Requests.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Endpoints.AllData), MemberType = typeof(Endpoints))]
    public async Task AnyCall_CancelledInFlight_ThrowsOperationCanceledNotLiveActivityException(LiveActivityEndpoint endpoint)
    {
        var never = new TaskCompletionSource();
        var scope = server.CreateScope().Always(endpoint, ScriptedReply.Held(never.Task));
        var sut = scope.CreateClient();
        using var cts = new CancellationTokenSource();

        var call = Endpoints.InvokeAsync(sut, endpoint, cancellationToken: cts.Token);
        await scope.WaitForRequestsAsync(1);
        await cts.CancelAsync();

        var thrown = await call.Awaiting(c => c).Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.Should().NotBeAssignableTo<LiveActivityException>();
        scope.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Update_CancelledInFlight_IsNotLogged()
    {
        var never = new TaskCompletionSource();
        var logs = new CapturingLoggerProvider();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Held(never.Task));
        var sut = scope.CreateClient(logger: logs);
        using var cts = new CancellationTokenSource();

        var call = sut.UpdateAsync(Endpoints.Update(), cts.Token);
        await scope.WaitForRequestsAsync(1);
        await cts.CancelAsync();

        await call.Awaiting(c => c).Should().ThrowAsync<OperationCanceledException>();
        logs.Entries.Should().BeEmpty("the caller's own cancellation is not a failure of the call");
    }
}
