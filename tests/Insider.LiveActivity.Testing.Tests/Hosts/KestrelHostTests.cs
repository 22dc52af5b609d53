// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class KestrelHostTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(EmulatorTestBase.Start);
    private LiveActivityEmulator _emulator = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TimeProvider = _time });
        _client = _emulator.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task StartAsync_Default_BindsLoopbackOnFreePort()
    {
        await using var second = await LiveActivityEmulator.StartAsync();

        _emulator.BaseAddress.Host.Should().Be("127.0.0.1");
        _emulator.BaseAddress.Scheme.Should().Be("http");
        _emulator.BaseAddress.Port.Should().BeGreaterThan(0);
        second.BaseAddress.Port.Should().NotBe(_emulator.BaseAddress.Port);
        _emulator.IsInMemory.Should().BeFalse();
        _emulator.ApiKey.Should().Be(LiveActivityEmulatorOptions.DefaultApiKey);
    }

    [Fact]
    public async Task Register_OverSocket_ReturnsSuccess()
    {
        var result = await PostAsync("register", new { activity_type = "A", insider_ids = new[] { "user-1" }, ends_at = "2026-05-20T11:00:00Z" });

        result.StatusCode.Should().Be(HttpStatusCode.OK);
        result.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonNode.Parse(await result.Content.ReadAsStringAsync())!["added"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Post_OverSocketWithoutKey_Returns401Empty()
    {
        using var response = await _client.PostAsync("/api/v1/live-activity/start", new StringContent("{}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task DisposeAsync_StopsServer()
    {
        var emulator = await LiveActivityEmulator.StartAsync();
        using var client = emulator.CreateHttpClient();

        await emulator.DisposeAsync();

        var act = () => client.PostAsync("/api/v1/live-activity/start", new StringContent("{}"));
        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task DropBeforeProcessing_OverSocket_ThrowsAndChangesNothing()
    {
        _emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.DropConnectionBeforeProcessing());

        var act = () => PostAsync("register", new { activity_type = "A", insider_ids = new[] { "user-1" }, ends_at = "2026-05-20T11:00:00Z" });

        await act.Should().ThrowAsync<HttpRequestException>();
        _emulator.Requests.Should().ContainSingle().Which.ConnectionDropped.Should().BeTrue();
        _emulator.Requests[0].StatusCode.Should().Be(0);
    }

    [Fact]
    public async Task DropAfterProcessing_OverSocket_ThrowsButActivityStarted()
    {
        var id = _emulator.SimulateDeviceStartedActivity("A", "user-1");
        _emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.DropConnectionAfterProcessing());

        var act = () => PostAsync("end", new { activity_id = id, activity_type = "A", content = new { content_state = new { s = 1 } } });

        await act.Should().ThrowAsync<HttpRequestException>();
        _emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Dead);
        _emulator.Pushes.Should().ContainSingle(p => p.Event == "end");
    }

    [Fact]
    public async Task DelayFault_OverSocket_RespondsWhenFakeClockAdvances()
    {
        _emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Delay(TimeSpan.FromSeconds(20)));

        var pending = PostAsync("update", new { });
        await _time.WaitForTimerAsync().WaitAsync(TimeSpan.FromSeconds(10));
        pending.IsCompleted.Should().BeFalse();
        _time.Advance(TimeSpan.FromSeconds(20));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DelayFault_OverSocketClientGivesUp_RequestNotProcessed()
    {
        var id = _emulator.SimulateDeviceStartedActivity("A", "user-1");
        _emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Delay(TimeSpan.FromMinutes(1)));
        using var cts = new CancellationTokenSource();

        var pending = PostAsync("end", new { activity_id = id, activity_type = "A", content = new { content_state = new { s = 1 } } }, cts.Token);
        await _time.WaitForTimerAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var disposed = _time.WaitForTimerDisposedAsync();
        await cts.CancelAsync();
        await pending.Awaiting(p => p).Should().ThrowAsync<OperationCanceledException>();
        await disposed.WaitAsync(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromMinutes(1));

        _emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
        _emulator.Pushes.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_PortInUse_Throws()
    {
        var port = _emulator.BaseAddress.Port;

        var act = () => LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { Port = port });

        await act.Should().ThrowAsync<IOException>();
    }

    [Fact]
    public async Task CreateHandler_SocketMode_StillServesInMemory()
    {
        using var client = new HttpClient(_emulator.CreateHandler()) { BaseAddress = _emulator.BaseAddress };

        using var response = await client.PostAsync("/api/v1/live-activity/start", new StringContent("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _emulator.Requests.Should().ContainSingle();
    }

    private async Task<HttpResponseMessage> PostAsync(string operation, object body, CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/live-activity/" + operation)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", _emulator.ApiKey);
        return await _client.SendAsync(request, cancellationToken);
    }
}
