// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Sockets;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Dropped connections, refused connections and per-attempt timeouts, on idempotent and non-idempotent endpoints.</summary>
public sealed class TimeoutAndTransportTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    [Theory]
    [MemberData(nameof(Endpoints.IdempotentData), MemberType = typeof(Endpoints))]
    public async Task IdempotentCall_DroppedConnectionThenSuccess_ReturnsResult(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Enqueue(endpoint, ScriptedReply.Drop(), Endpoints.Success(endpoint));
        var sut = scope.CreateClient();

        var result = await Endpoints.InvokeAsync(sut, endpoint);

        result.Should().NotBeNull();
        scope.RequestsTo(endpoint).Should().HaveCount(2);
    }

    [Theory]
    [MemberData(nameof(Endpoints.IdempotentData), MemberType = typeof(Endpoints))]
    public async Task IdempotentCall_ConnectionAlwaysDropped_ThrowsBaseExceptionWithoutStatus(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Always(endpoint, ScriptedReply.Drop());
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 2);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.StatusCode.Should().BeNull();
        error.InnerException.Should().NotBeNull();
        error.Attempts.Should().Be(3);
        error.IsSafeToRetry.Should().BeTrue();
        error.Endpoint.Should().Be(endpoint);
        scope.RequestsTo(endpoint).Should().HaveCount(3);
    }

    [Theory]
    [MemberData(nameof(Endpoints.NonIdempotentData), MemberType = typeof(Endpoints))]
    public async Task NonIdempotentCall_DroppedConnection_ThrowsOutcomeUnknownWithoutRetry(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Enqueue(endpoint, ScriptedReply.Drop(), Endpoints.Success(endpoint));
        var sut = scope.CreateClient();

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;
        error.Message.Should().Contain("may have").And.Contain("outcome is unknown").And.Contain("ReconcileUnknownOutcomes");
        error.InnerException.Should().NotBeNull();
        error.StatusCode.Should().BeNull();
        error.IsSafeToRetry.Should().BeFalse();
        error.Attempts.Should().Be(1);
        error.ActivityId.Should().Be(Endpoints.ActivityId);
        scope.RequestsTo(endpoint).Should().HaveCount(1);
    }

    [Fact]
    public async Task Register_ConnectionRefused_RetriesThenThrowsBaseExceptionWithCause()
    {
        var sut = new LiveActivityClient(new HttpClient(), new LiveActivityOptions
        {
            ApiKey = ServerScope.ApiKey,
            BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/"),
            Retry = { BaseDelay = TimeSpan.Zero, MaxRetries = 1 },
        });

        var act = () => sut.RegisterAsync(Endpoints.Register());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.InnerException.Should().BeAssignableTo<HttpRequestException>();
        error.StatusCode.Should().BeNull();
        error.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Start_ConnectionRefused_ThrowsOutcomeUnknown()
    {
        var sut = new LiveActivityClient(new HttpClient(), new LiveActivityOptions
        {
            ApiKey = ServerScope.ApiKey,
            BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/"),
        });

        var act = () => sut.StartAsync(Endpoints.Start());

        (await act.Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Update_BodyLostAfterStatus_ThrowsBaseExceptionWithoutStatus()
    {
        var handler = new BrokenBodyHandler();
        var options = new LiveActivityOptions { ApiKey = ServerScope.ApiKey, Retry = { BaseDelay = TimeSpan.Zero, MaxRetries = 1 } };
        var sut = new LiveActivityClient(new HttpClient(handler), options);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.InnerException.Should().NotBeNull();
        error.IsSafeToRetry.Should().BeTrue();
        handler.Calls.Should().Be(2, "a body lost in transport is retried on an idempotent endpoint");
        error.StatusCode.Should().BeNull("a transport failure that outlives the retries has no status");
    }

    [Theory]
    [MemberData(nameof(Endpoints.IdempotentData), MemberType = typeof(Endpoints))]
    public async Task IdempotentCall_AttemptTimesOutThenSucceeds_ReturnsResult(LiveActivityEndpoint endpoint)
    {
        var time = new FakeTimeProvider();
        var never = new TaskCompletionSource();
        var scope = server.CreateScope().Enqueue(endpoint, ScriptedReply.Held(never.Task), Endpoints.Success(endpoint));
        var sut = scope.CreateClient(o => o.Timeout = AttemptTimeout, timeProvider: time);

        var call = Endpoints.InvokeAsync(sut, endpoint, time.GetUtcNow());
        await scope.WaitForRequestsAsync(1);
        time.Advance(AttemptTimeout);
        var result = await call;

        result.Should().NotBeNull();
        scope.RequestsTo(endpoint).Should().HaveCount(2);
    }

    [Fact]
    public async Task Update_EveryAttemptTimesOut_ThrowsBaseExceptionSafeToRetry()
    {
        var time = new FakeTimeProvider();
        var never = new TaskCompletionSource();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Held(never.Task));
        var sut = scope.CreateClient(
            o =>
            {
                o.Timeout = AttemptTimeout;
                o.Retry.MaxRetries = 2;
            },
            timeProvider: time);

        var call = sut.UpdateAsync(Endpoints.Update());
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await scope.WaitForRequestsAsync(attempt);
            time.Advance(AttemptTimeout);
        }

        var error = (await call.Awaiting(c => c).Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        error.StatusCode.Should().BeNull();
        error.InnerException.Should().NotBeNull();
        error.Attempts.Should().Be(3);
        error.IsSafeToRetry.Should().BeTrue();
        error.Message.Should().Contain("timed out");
    }

    [Theory]
    [MemberData(nameof(Endpoints.NonIdempotentData), MemberType = typeof(Endpoints))]
    public async Task NonIdempotentCall_Timeout_ThrowsOutcomeUnknownWithoutRetry(LiveActivityEndpoint endpoint)
    {
        var time = new FakeTimeProvider();
        var never = new TaskCompletionSource();
        var scope = server.CreateScope().Enqueue(endpoint, ScriptedReply.Held(never.Task), Endpoints.Success(endpoint));
        var sut = scope.CreateClient(o => o.Timeout = AttemptTimeout, timeProvider: time);

        var call = Endpoints.InvokeAsync(sut, endpoint);
        await scope.WaitForRequestsAsync(1);
        time.Advance(AttemptTimeout);

        var error = (await call.Awaiting(c => c).Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;
        error.Message.Should().Contain("may have").And.Contain("outcome is unknown").And.Contain("ReconcileUnknownOutcomes");
        error.InnerException.Should().NotBeNull();
        error.IsSafeToRetry.Should().BeFalse();
        error.Attempts.Should().Be(1);
        scope.RequestsTo(endpoint).Should().HaveCount(1);
    }

    [Fact]
    public async Task Start_AnswerBeforeTimeout_Succeeds()
    {
        var time = new FakeTimeProvider();
        var gate = new TaskCompletionSource();
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, ScriptedReply.Held(gate.Task, Endpoints.Success(LiveActivityEndpoint.Start)));
        var sut = scope.CreateClient(o => o.Timeout = AttemptTimeout, timeProvider: time);

        var call = sut.StartAsync(Endpoints.Start());
        await scope.WaitForRequestsAsync(1);
        time.Advance(AttemptTimeout - TimeSpan.FromMilliseconds(1));
        gate.SetResult();

        (await call).SessionsTriggered.Should().Be(850);
    }

    /// <summary>Answers 200 with a body whose stream fails: the connection is lost after the status line.</summary>
    private sealed class BrokenBodyHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            var content = new StreamContent(new BrokenStream());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    /// <summary>A non-seekable body of unknown length whose first read fails like a reset connection.</summary>
    private sealed class BrokenStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset by peer");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("connection reset by peer"));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromException<int>(new IOException("connection reset by peer"));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
