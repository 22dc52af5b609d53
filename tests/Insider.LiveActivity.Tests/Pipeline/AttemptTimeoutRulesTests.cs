// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;
using Polly.Timeout;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// The per-attempt timeout's rules, each at the exact moment it decides: an attempt times out when its own clock runs out
/// (never earlier, whatever the attempt before it did), an answer that did arrive is used, a failure that is not a
/// cancellation keeps its own cause, and the caller's cancellation is the caller's, never a timeout.
/// </summary>
public sealed class AttemptTimeoutRulesTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task TimedOutAttempt_CarriesATimeoutNamingTheConfiguredLimit()
    {
        var time = new FakeTimeProvider();
        var handler = new StubHandler(async (_, _, token) =>
        {
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var sut = handler.CreateClient(o => o.Timeout = Timeout, time);

        var call = sut.StartAsync(Endpoints.Start());
        await time.WaitForTimerAsync();
        time.Advance(Timeout);

        var error = (await call.Awaiting(c => c).Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;
        var timeout = error.InnerException.Should().BeOfType<TimeoutRejectedException>().Which;
        timeout.Timeout.Should().Be(Timeout);
        timeout.Message.Should().Contain(Timeout.ToString(), "the operator sees which limit was hit");
        timeout.InnerException.Should().BeAssignableTo<OperationCanceledException>();
    }

    [Fact]
    public async Task AnswerThatArrivesAsTheTimeRunsOut_IsUsed()
    {
        // The attempt's time runs out while the body is already being read: the answer arrived, so it wins.
        var time = new FakeTimeProvider();
        var handler = new StubHandler((_, _, _) => Task.FromResult(
            Respond(new ClockStream(() => time.Advance(Timeout), Endpoints.SuccessBody(LiveActivityEndpoint.Start)))));
        var sut = handler.CreateClient(o => o.Timeout = Timeout, time);

        var result = await sut.StartAsync(Endpoints.Start());

        result.SessionsTriggered.Should().Be(850);
        handler.Calls.Should().Be(1);
    }

    [Fact]
    public async Task TransportFailureAfterTheTimeRanOut_KeepsItsOwnCause()
    {
        var time = new FakeTimeProvider();
        var handler = new StubHandler((_, _, _) => Task.FromResult(Respond(new ClockStream(() => time.Advance(Timeout), body: null))));
        var sut = handler.CreateClient(o => o.Timeout = Timeout, time);

        var error = (await sut.Awaiting(s => s.EndAsync(Endpoints.End(), CancellationToken.None))
            .Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;

        error.InnerException.Should().BeOfType<IOException>("a failure that is not a cancellation is not a timeout");
    }

    [Fact]
    public async Task EveryAttempt_GetsTheWholeTimeout_AfterAnAttemptThatTimedOut()
    {
        var time = new FakeTimeProvider();
        var second = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new StubHandler(async (n, _, token) =>
        {
            if (n == 1)
            {
                await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            }

            secondStarted.TrySetResult();
            return await second.Task.WaitAsync(token);
        });
        var sut = handler.CreateClient(o => o.Timeout = Timeout, time);

        var call = sut.UpdateAsync(Endpoints.Update());
        await time.WaitForTimerAsync();
        time.Advance(Timeout);
        await secondStarted.Task;
        time.Advance(Timeout - TimeSpan.FromMilliseconds(1));
        second.SetResult(StubHandler.Json(200, Endpoints.SuccessBody(LiveActivityEndpoint.Update)));

        (await call).SessionsTriggered.Should().Be(850);
        handler.Calls.Should().Be(2);
    }

    [Fact]
    public async Task CallerCancellationDuringAnAttempt_IsACancellation_NotATimeout_AndIsNotRetried()
    {
        var time = new FakeTimeProvider();
        using var caller = new CancellationTokenSource();
        var handler = new StubHandler(async (_, _, token) =>
        {
            await caller.CancelAsync();
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var sut = handler.CreateClient(o => o.Timeout = Timeout, time);

        var thrown = await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), caller.Token)).Should().ThrowAsync<OperationCanceledException>();

        thrown.Which.Should().NotBeAssignableTo<TimeoutRejectedException>();
        handler.Calls.Should().Be(1);
    }

    [Fact]
    public async Task CallerCancellation_AfterTheTimeRanOut_IsStillTheCallers()
    {
        // Both happened; the caller asked to stop, so the call reports a cancellation rather than a timeout to retry.
        var time = new FakeTimeProvider();
        using var caller = new CancellationTokenSource();
        var handler = new StubHandler(async (_, _, token) =>
        {
            time.Advance(Timeout);
            await caller.CancelAsync();
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var sut = handler.CreateClient(o => o.Timeout = Timeout, time);

        await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), caller.Token)).Should().ThrowAsync<OperationCanceledException>();
        handler.Calls.Should().Be(1);
    }

    [Fact]
    public async Task SystemClock_ManySequentialCalls_NeverInheritAnEarlierAttemptsCancellation()
    {
        // On the system clock the timeout's token sources are reused: one cancelled by a caller must never cancel a later call.
        using var caller = new CancellationTokenSource();
        var handler = new StubHandler(async (n, _, token) =>
        {
            if (n == 1)
            {
                await caller.CancelAsync();
                await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            }

            return StubHandler.Json(200, Endpoints.SuccessBody(LiveActivityEndpoint.Update));
        });
        var sut = handler.CreateClient(o => o.Timeout = TimeSpan.FromMinutes(5));

        await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), caller.Token)).Should().ThrowAsync<OperationCanceledException>();
        for (var i = 0; i < 300; i++)
        {
            (await sut.UpdateAsync(Endpoints.Update())).SessionsTriggered.Should().Be(850);
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => sut.UpdateAsync(Endpoints.Update())));
        concurrent.Should().OnlyContain(r => r.SessionsTriggered == 850);
        handler.Calls.Should().Be(601, "no call was retried: none timed out");
    }

    [Fact]
    public async Task SystemClock_AnAttemptThatNeverAnswers_TimesOut()
    {
        var handler = new StubHandler(async (_, _, token) =>
        {
            await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var sut = handler.CreateClient(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(20);
            o.Retry.MaxRetries = 1;
        });

        var error = (await sut.Awaiting(s => s.UpdateAsync(Endpoints.Update(), CancellationToken.None))
            .Should().ThrowExactlyAsync<LiveActivityException>()).Which;

        error.InnerException.Should().BeOfType<TimeoutRejectedException>();
        error.Attempts.Should().Be(2);
    }

    private static HttpResponseMessage Respond(Stream body)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content };
    }

    /// <summary>
    /// A body of unknown length whose first read first runs <c>onFirstRead</c> (the clock moving past the timeout) and
    /// ignores cancellation, then yields <c>body</c>, or fails like a reset connection when there is none.
    /// </summary>
    private sealed class ClockStream(Action onFirstRead, string? body) : Stream
    {
        private readonly MemoryStream _inner = new(System.Text.Encoding.UTF8.GetBytes(body ?? string.Empty));
        private Action? _onFirstRead = onFirstRead;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            Interlocked.Exchange(ref _onFirstRead, null)?.Invoke();
            return body is null ? throw new IOException("connection reset by peer") : _inner.Read(buffer);
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
