// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Json;
using Insider.LiveActivity.Contracts;
using Insider.LiveActivity.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insider.LiveActivity.Orders.Tests;

/// <summary>The orders API hosted by WebApplicationFactory, its Live Activities client pointed at the emulator with one line.</summary>
public sealed class OrderLiveActivityTests
{
    // The README quotes this test: the whole flow, as a customer writes it, judged against the app's Swift contract.
    [Fact]
    public async Task Order_DispatchedInTransitDelivered_PushesStartUpdateEnd()
    {
        var emulator = LiveActivityEmulator.CreateInMemory(new() { AppContract = SwiftContract.Load("ios") });
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddInsiderLiveActivity(_ => { }).UseEmulator(emulator)));
        using var http = app.CreateClient();
        (await http.PostAsJsonAsync("/orders/42/dispatch", new { insiderId = "user-1", courierName = "John D.", etaMinutes = 45 })).EnsureSuccessStatusCode();
        emulator.CompleteTokenSync();
        (await http.PostAsJsonAsync("/orders/42/status", new { status = "in_transit", etaMinutes = 30 })).EnsureSuccessStatusCode();
        (await http.PostAsync("/orders/42/delivered", null)).EnsureSuccessStatusCode();

        emulator.Pushes.Select(push => push.Event).Should().Equal("start", "update", "end");
        emulator.Pushes.Should().OnlyContain(push => push.WouldRender);
    }

    [Fact]
    public async Task Order_TheContentOnTheWire_IsWhatTheAppDecodes()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();
        (await http.PostAsJsonAsync("/orders/3/dispatch", new { insiderId = "user-3", courierName = "John D.", etaMinutes = 45 })).EnsureSuccessStatusCode();
        emulator.CompleteTokenSync();
        (await http.PostAsJsonAsync("/orders/3/status", new { status = "out_for_delivery", etaMinutes = 10 })).EnsureSuccessStatusCode();

        var aps = emulator.Pushes.Select(push => push.Payload["aps"]!).ToList();
        aps[0]["attributes-type"]!.GetValue<string>().Should().Be("DeliveryActivityAttributes");
        aps[0]["attributes"]!.ToJsonString().Should().Be("""{"courierName":"John D."}""");
        aps[0]["content-state"]!.ToJsonString().Should().Be("""{"status":"preparing","etaMinutes":45}""");
        aps[1]["content-state"]!.ToJsonString().Should().Be("""{"status":"out_for_delivery","etaMinutes":10}""");
    }

    [Fact]
    public async Task AppContract_FlagsAPushAnOlderAppBuildWouldDrop()
    {
        // An app build from before "out_for_delivery" existed: the API answers 200, the device would drop the update.
        var olderApp = SwiftContract.Parse(File.ReadAllText(Path.Combine("ios", "DeliveryActivityAttributes.swift"))
            .Replace("    case outForDelivery = \"out_for_delivery\"\n", string.Empty, StringComparison.Ordinal));
        var emulator = LiveActivityEmulator.CreateInMemory(new() { AppContract = olderApp });
        await using var app = Host(emulator);
        using var http = app.CreateClient();
        (await http.PostAsJsonAsync("/orders/4/dispatch", new { insiderId = "user-4", courierName = "John D.", etaMinutes = 45 })).EnsureSuccessStatusCode();
        emulator.CompleteTokenSync();

        (await http.PostAsJsonAsync("/orders/4/status", new { status = "out_for_delivery", etaMinutes = 10 })).EnsureSuccessStatusCode();

        emulator.Pushes[0].WouldRender.Should().BeTrue();
        var update = emulator.Pushes[1];
        update.WouldRender.Should().BeFalse();
        update.RenderProblems.Should().ContainSingle(problem => problem.Severity == ContractSeverity.Error)
            .Which.Path.Should().Be("content_state.status");
    }

    [Fact]
    public async Task Status_NotSpelledAsTheAppSpellsIt_Answers400_WithoutCallingTheApi()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();
        (await http.PostAsJsonAsync("/orders/6/dispatch", new { insiderId = "user-6", courierName = "John D.", etaMinutes = 45 })).EnsureSuccessStatusCode();

        var response = await http.PostAsJsonAsync("/orders/6/status", new { status = "inTransit", etaMinutes = 30 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        emulator.Requests.Select(request => request.Endpoint).Should().Equal(EmulatorEndpoint.Register, EmulatorEndpoint.Start);
    }

    [Fact]
    public async Task Order_OnALoopbackEmulator_SendsOverTheSocket()
    {
        await using var emulator = await LiveActivityEmulator.StartAsync();
        await using var app = Host(emulator);
        using var http = app.CreateClient();

        (await http.PostAsJsonAsync("/orders/7/dispatch", new { insiderId = "multi-1", courierName = "Ada", etaMinutes = 20 })).EnsureSuccessStatusCode();

        emulator.Pushes.Should().HaveCount(2).And.OnlyContain(push => push.Event == "start");
        var start = emulator.Requests.Single(r => r.Endpoint == EmulatorEndpoint.Start).ParseBody()!;
        start["content"]!["content_state"]!.ToJsonString().Should().Be("""{"status":"preparing","etaMinutes":20}""");
    }

    [Fact]
    public async Task Dispatch_NoEligibleDevice_AnswersAProblemEndingWithTheSuggestedFix()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();

        var response = await http.PostAsJsonAsync("/orders/9/dispatch", new { insiderId = "android-1", courierName = "John D.", etaMinutes = 45 });

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

        var response = await http.PostAsJsonAsync(path, new { status = "in_transit", etaMinutes = 30 });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Delivered_ThenStatus_Answers404_BecauseTheActivityEnded()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        await using var app = Host(emulator);
        using var http = app.CreateClient();
        (await http.PostAsJsonAsync("/orders/5/dispatch", new { insiderId = "user-5", courierName = "John D.", etaMinutes = 45 })).EnsureSuccessStatusCode();
        emulator.CompleteTokenSync();
        (await http.PostAsync("/orders/5/delivered", null)).EnsureSuccessStatusCode();

        var response = await http.PostAsJsonAsync("/orders/5/status", new { status = "in_transit", etaMinutes = 30 });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        emulator.Pushes.Select(push => push.Event).Should().Equal("start", "end");
    }

    private static WebApplicationFactory<Program> Host(LiveActivityEmulator emulator) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddInsiderLiveActivity(_ => { }).UseEmulator(emulator)));
}
