// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Reflection;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class RequestLogTests : EmulatorTestBase
{
    public RequestLogTests()
        : base(o => o.ApiKey = "super-secret-key-123")
    {
    }

    [Fact]
    public async Task Requests_RecordEndpointStatusBodyAndTime()
    {
        Time.Advance(TimeSpan.FromSeconds(5));

        await RegisterAsync("user-1");

        var entry = Emulator.Requests.Should().ContainSingle().Subject;
        entry.Endpoint.Should().Be(EmulatorEndpoint.Register);
        entry.Method.Should().Be("POST");
        entry.Path.Should().Be("/api/v1/live-activity/register");
        entry.StatusCode.Should().Be(200);
        entry.Timestamp.Should().Be(Start.AddSeconds(5));
        entry.ParseBody()!["insider_ids"]![0]!.GetValue<string>().Should().Be("user-1");
        entry.ResponseBody.Should().Contain("\"status\":\"success\"");
        entry.ConnectionDropped.Should().BeFalse();
    }

    [Fact]
    public async Task Requests_AreInCompletionOrder_AndTimestampIsArrival()
    {
        Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.Delay(TimeSpan.FromSeconds(10)));
        var held = RegisterAsync("user-1");
        await Time.WaitForTimerAsync();
        Time.Advance(TimeSpan.FromSeconds(1));
        (await PostRawAsync("nope", "{}")).Status.Should().Be(HttpStatusCode.NotFound);

        Time.Advance(TimeSpan.FromSeconds(10));
        await held;

        Emulator.Requests.Select(r => r.Path).Should().Equal(["/api/v1/live-activity/nope", "/api/v1/live-activity/register"], "a request is recorded when its answer is ready");
        Emulator.Requests.OrderBy(r => r.Timestamp).Select(r => r.Timestamp).Should().Equal(Start, Start.AddSeconds(1));
    }

    [Fact]
    public async Task Requests_NeverContainApiKey()
    {
        Emulator.ConfigureApiKey("other-secret-456", ApiKeyState.Disabled);
        await RegisterAsync("user-1");
        await PostRawAsync("start", "{\"x\":1}", apiKey: "other-secret-456");
        await PostRawAsync("start", "{}", apiKey: "wrong-secret-789");
        await PostRawAsync("nope", "{}");

        var dump = string.Join("\n", Emulator.Requests.Select(r =>
            string.Join("|", typeof(RecordedRequest).GetProperties().Select(p => p.GetValue(r)?.ToString()))));

        Emulator.Requests.Should().HaveCount(4);
        dump.Should().NotContain("super-secret-key-123").And.NotContain("other-secret-456").And.NotContain("wrong-secret-789");
        Emulator.Requests.Select(r => r.StatusCode).Should().Equal(200, 403, 401, 404);
        Emulator.Requests[3].Endpoint.Should().BeNull();
    }

    [Fact]
    public async Task ClearRecords_RemovesRequestsAndPushesButKeepsActivities()
    {
        var id = await StartedActivityAsync("user-1");

        Emulator.ClearRecords();

        Emulator.Requests.Should().BeEmpty();
        Emulator.Pushes.Should().BeEmpty();
        Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    [Fact]
    public void RecordedRequest_HasNoHeaderOrKeyProperty()
    {
        typeof(RecordedRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name)
            .Should().NotContain(n => n.Contains("Key", StringComparison.OrdinalIgnoreCase) || n.Contains("Header", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Requests_ApiKeyInBody_IsStillRecordedAsSent()
    {
        var result = await PostRawAsync("register", "{\"activity_type\":\"A\"}");

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        Emulator.Requests.Single().Body.Should().Be("{\"activity_type\":\"A\"}");
    }
}
