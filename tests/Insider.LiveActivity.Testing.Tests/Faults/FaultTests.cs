// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Text.Json;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class FaultTests : EmulatorTestBase
{
    [Fact]
    public async Task StatusFault_UpstreamUnavailable_Returns502EnvelopeWithoutProcessing()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.UpstreamUnavailable());

        var result = await RegisterAsync("user-1");

        result.Status.Should().Be(HttpStatusCode.BadGateway);
        result.Json!.ToJsonString().Should().Be("{\"error\":\"upstream service unavailable\",\"code\":\"UPSTREAM_UNAVAILABLE\"}");
        (await RegisterAsync("user-1")).Int("added").Should().Be(1, "the faulted call created nothing");
    }

    [Fact]
    public async Task StatusFault_WithoutCode_ReturnsEmptyBody()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));

        var result = await PostRawAsync("update", "{}");

        result.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        result.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task StatusFault_WithRetryAfter_SendsHeader()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(6.5)));

        var result = await PostRawAsync("update", "{}");

        result.Status.Should().Be(HttpStatusCode.TooManyRequests);
        result.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task StatusFault_PushTokenNotSynced_ReturnsGivenEnvelope()
    {
        var id = Emulator.SimulateDeviceStartedActivity(ActivityType, "user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.PreconditionFailed, "PUSH_TOKEN_NOT_SYNCED", "push tokens are not synced yet"));

        var result = await PushAsync("end", id);

        result.Code.Should().Be("PUSH_TOKEN_NOT_SYNCED");
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    [Fact]
    public async Task HtmlFault_ReturnsTextHtmlPage()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.HtmlPage(HttpStatusCode.BadGateway));

        var result = await PostRawAsync("start", "{}");

        result.Status.Should().Be(HttpStatusCode.BadGateway);
        result.ContentHeaders.ContentType!.MediaType.Should().Be("text/html");
        result.Body.Should().StartWith("<html>");
    }

    [Fact]
    public async Task Faults_Queue_IsFifoPerEndpointAndConsumedOncePerRequest()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.BadGateway), times: 2);
        Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await PostRawAsync("update", "{}")).Status);
        }

        statuses.Should().Equal(HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadRequest);
        (await PostRawAsync("end", "{}")).Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Faults_SetAlways_AppliesUntilCleared()
    {
        Emulator.Faults.SetAlways(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
        Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Status(HttpStatusCode.BadGateway));

        var first = await PostRawAsync("end", "{}");
        var second = await PostRawAsync("end", "{}");
        var third = await PostRawAsync("end", "{}");
        Emulator.Faults.SetAlways(EmulatorEndpoint.End, null);
        var fourth = await PostRawAsync("end", "{}");

        first.Status.Should().Be(HttpStatusCode.BadGateway);
        second.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        third.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        fourth.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Faults_MissingApiKey_401AndFaultNotConsumed()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.UpstreamUnavailable());

        var result = await PostRawAsync("update", "{}", apiKey: null);

        result.Status.Should().Be(HttpStatusCode.Unauthorized);
        Emulator.Faults.PendingCount(EmulatorEndpoint.Update).Should().Be(1);
        Emulator.Faults.Clear();
        Emulator.Faults.PendingCount(EmulatorEndpoint.Update).Should().Be(0);
    }

    [Fact]
    public async Task Faults_ShortCircuit_DoesNotConsumeRateLimitPermit()
    {
        using var test = new Configured(o => o.RateLimitPermitLimit = 1);
        test.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.UpstreamUnavailable());
        (await test.PostRawAsync("update", "{}")).Status.Should().Be(HttpStatusCode.BadGateway);

        (await test.PostRawAsync("update", "{}")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await test.PostRawAsync("update", "{}")).Status.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task DropBeforeProcessing_InMemory_ThrowsAndChangesNothing()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.DropConnectionBeforeProcessing());

        var act = () => StartActivityAsync(id);

        (await act.Should().ThrowAsync<HttpRequestException>()).WithInnerException<IOException>();
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Registered);
        Emulator.Requests.Last().ConnectionDropped.Should().BeTrue();
    }

    [Fact]
    public async Task DropAfterProcessing_InMemory_ThrowsButStateChanged()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.DropConnectionAfterProcessing());

        var act = () => StartActivityAsync(id);

        await act.Should().ThrowAsync<HttpRequestException>();
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
        Emulator.Requests.Last().StatusCode.Should().Be(200);
        (await StartActivityAsync(id)).Code.Should().Be("ALREADY_STARTED");
    }

    [Fact]
    public async Task MalformedBody_ProcessesThenSendsTruncatedJson()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.MalformedBody());

        var result = await StartActivityAsync(id);

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Json.Should().BeNull();
        var parse = () => JsonDocument.Parse(result.Body);
        parse.Should().Throw<JsonException>();
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    [Fact]
    public async Task MalformedBody_NullStatus_KeepsProcessedStatus()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.MalformedBody(null));

        var result = await StartActivityAsync(Guid.NewGuid().ToString());

        result.Status.Should().Be(HttpStatusCode.NotFound);
        result.Json.Should().BeNull();
    }

    [Fact]
    public async Task PartialResult_Register_LeavesLastIdsUnprocessed()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.PartialResult(2));

        var result = await RegisterAsync("user-1", "user-2", "user-1", "android-3", "user-4", "user-5");

        result.Json!["partial"]!.GetValue<bool>().Should().BeTrue();
        result.Int("unprocessed_insider_id_count").Should().Be(2);
        result.Int("added").Should().Be(2);
        result.Skipped("unsupported_platform").Should().Be(1);
        Emulator.GetActivity(result.Json!["activity_id"]!.GetValue<string>())!.Devices.Select(d => d.InsiderId).Should().Equal("user-1", "user-2");
    }

    [Fact]
    public async Task PartialResult_MoreThanIds_ProcessesAtLeastOne()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.AddUsers, EmulatorFault.PartialResult(50));

        var result = await SegmentAsync("add-users", id, "user-2", "user-3");

        result.Int("added").Should().Be(1);
        result.Int("unprocessed_insider_id_count").Should().Be(1);
    }

    [Fact]
    public async Task DelayFault_InMemory_CompletesOnlyWhenClockAdvances()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.Delay(TimeSpan.FromSeconds(30)));

        var pending = StartActivityAsync(id);
        await Time.WaitForTimerAsync().WaitAsync(TimeSpan.FromSeconds(10));
        pending.IsCompleted.Should().BeFalse();
        Time.Advance(TimeSpan.FromSeconds(30));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        result.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DelayFault_InMemoryCancelled_RequestNotProcessed()
    {
        var id = await RegisterIdAsync("user-1");
        Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.Delay(TimeSpan.FromMinutes(5)));
        using var cts = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, Path("start"))
        {
            Content = new StringContent(Json(new { activity_id = id, activity_type = ActivityType, content = Content() }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", Emulator.ApiKey);

        var pending = Client.SendAsync(request, cts.Token);
        await Time.WaitForTimerAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await pending.Awaiting(p => p).Should().ThrowAsync<OperationCanceledException>();
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Registered);
        Emulator.Requests.Last().ConnectionDropped.Should().BeTrue();
    }

    private sealed class Configured(Action<LiveActivityEmulatorOptions> configure) : EmulatorTestBase(configure)
    {
        public new LiveActivityEmulator Emulator => base.Emulator;
    }
}
