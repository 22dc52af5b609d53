// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Json;
using Insider.LiveActivity.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insider.LiveActivity.Orders.Tests;

/// <summary>The orders API hosted by WebApplicationFactory, its Live Activities client pointed at the emulator with one line.</summary>
public sealed class OrderLiveActivityTests
{
    // The README quotes this test: the whole flow, as a customer writes it.
    [Fact]
    public async Task Order_DispatchedInTransitDelivered_PushesStartUpdateEnd()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddInsiderLiveActivity(_ => { }).UseEmulator(emulator)));
        using var http = app.CreateClient();

        (await http.PostAsJsonAsync("/orders/42/dispatch", new { insiderId = "user-1", eta = "14:30" })).EnsureSuccessStatusCode();
        emulator.CompleteTokenSync();
        (await http.PostAsJsonAsync("/orders/42/status", new { status = "in_transit" })).EnsureSuccessStatusCode();
        (await http.PostAsync("/orders/42/delivered", null)).EnsureSuccessStatusCode();

        emulator.Pushes.Select(push => push.Event).Should().Equal("start", "update", "end");
    }

    [Fact]
    public async Task Order_OnALoopbackEmulator_SendsOverTheSocket()
    {
        await using var emulator = await LiveActivityEmulator.StartAsync();
        await using var app = Host(emulator);
        using var http = app.CreateClient();

        (await http.PostAsJsonAsync("/orders/7/dispatch", new { insiderId = "multi-1", eta = "09:15" })).EnsureSuccessStatusCode();

        emulator.Pushes.Should().HaveCount(2).And.OnlyContain(push => push.Event == "start");
        var start = emulator.Requests.Single(r => r.Endpoint == EmulatorEndpoint.Start).ParseBody()!;
        start["content"]!["content_state"]!.ToJsonString().Should().Be("""{"status":"preparing","eta":"09:15"}""");
    }

    [Fact]
    public async Task Dispatch_NoEligibleDevice_AnswersAProblemEndingWithTheSuggestedFix()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();

        var response = await http.PostAsJsonAsync("/orders/9/dispatch", new { insiderId = "android-1", eta = "14:30" });

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        problem!["errorCode"]!.GetValue<string>().Should().Be("NO_ELIGIBLE_DEVICE");
        problem["detail"]!.GetValue<string>().Should().EndWith("Check the skipped and gdpr_denied_details in the body, adjust the segment.");
        emulator.Pushes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/orders/unknown/status")]
    [InlineData("/orders/unknown/delivered")]
    public async Task UnknownOrder_Answers404_WithoutCallingTheApi(string path)
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();

        var response = await http.PostAsJsonAsync(path, new { status = "in_transit" });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Delivered_ThenStatus_Answers404_BecauseTheActivityEnded()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();
        (await http.PostAsJsonAsync("/orders/5/dispatch", new { insiderId = "user-5", eta = "12:00" })).EnsureSuccessStatusCode();
        emulator.CompleteTokenSync();
        (await http.PostAsync("/orders/5/delivered", null)).EnsureSuccessStatusCode();

        var response = await http.PostAsJsonAsync("/orders/5/status", new { status = "in_transit" });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        emulator.Pushes.Select(push => push.Event).Should().Equal("start", "end");
    }

    private static WebApplicationFactory<Program> Host(LiveActivityEmulator emulator) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddInsiderLiveActivity(_ => { }).UseEmulator(emulator)));
}
