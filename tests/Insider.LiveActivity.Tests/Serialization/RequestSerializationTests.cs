// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Every request sample body of the API documentation, as it goes over the wire, plus headers and paths.</summary>
public sealed class RequestSerializationTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    public static TheoryData<string, string[], string> RegisterSamples => new()
    {
        { "OrderTrackingAttributes", ["user-123", "user-456", "user-789"], "2026-05-20T14:30:00Z" },
        { "DeliveryActivityAttributes", ["user-123", "user-456"], "2026-05-19T10:00:00Z" },
        { "WorkoutActivityAttributes", ["user-789"], "2026-05-18T20:00:00Z" },
        { "MatchActivityAttributes", ["user-100", "user-101", "user-102"], "2026-05-18T23:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(RegisterSamples))]
    public async Task RegisterAsync_DocumentedSample_SendsSampleBody(string activityType, string[] insiderIds, string endsAt)
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, Endpoints.Success(LiveActivityEndpoint.Register));
        var endsAtValue = DateTimeOffset.Parse(endsAt, System.Globalization.CultureInfo.InvariantCulture);
        var sut = scope.CreateClient(timeProvider: new FakeTimeProvider(endsAtValue.AddHours(-1)));

        await sut.RegisterAsync(new RegisterRequest { ActivityType = activityType, InsiderIds = insiderIds, EndsAt = endsAtValue });

        var expected = new JsonObject
        {
            ["activity_type"] = activityType,
            ["insider_ids"] = new JsonArray([.. insiderIds.Select(id => (JsonNode)id)]),
            ["ends_at"] = endsAt,
        };
        JsonAssert.Equivalent(scope.Requests.Single().Body, expected.ToJsonString());
    }

    [Fact]
    public async Task RegisterAsync_EndsAtWithOffset_SendsRfc3339Utc()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, Endpoints.Success(LiveActivityEndpoint.Register));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero));
        var sut = scope.CreateClient(timeProvider: time);
        var request = Endpoints.Register() with { EndsAt = new DateTimeOffset(2026, 5, 20, 17, 30, 0, TimeSpan.FromHours(3)) };

        await sut.RegisterAsync(request);

        scope.Requests.Single().Json!["ends_at"]!.GetValue<string>().Should().Be("2026-05-20T14:30:00Z");
    }

    [Fact]
    public async Task RegisterAsync_EndsAtWithFractionAndOffset_SendsWholeSecondsWithZ()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, Endpoints.Success(LiveActivityEndpoint.Register));
        var sut = scope.CreateClient(timeProvider: new FakeTimeProvider(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero)));
        var endsAt = new DateTimeOffset(2026, 5, 20, 17, 30, 0, TimeSpan.FromHours(3)).AddTicks(9_876_543);

        await sut.RegisterAsync(Endpoints.Register() with { EndsAt = endsAt });

        scope.Requests.Single().Json!["ends_at"]!.GetValue<string>().Should().Be("2026-05-20T14:30:00Z");
    }

    [Fact]
    public async Task RegisterAsync_EndsAtJustOverFiveMinutesOnlyByItsFraction_IsRejectedAsTheServerWould()
    {
        var scope = server.CreateScope();
        var now = new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(700);
        var sut = scope.CreateClient(timeProvider: new FakeTimeProvider(now));

        // 5 min 0.2 s away as given, but 4 min 59.3 s away once truncated to the whole second that is sent.
        var act = () => sut.RegisterAsync(Endpoints.Register() with { EndsAt = now.AddMinutes(5).AddMilliseconds(200) });

        (await act.Should().ThrowAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be(LiveActivityErrorCodes.EndsAtTooSoon);
        scope.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_AnyRequest_NeverSendsActivityId()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, Endpoints.Success(LiveActivityEndpoint.Register));
        var sut = scope.CreateClient();

        await sut.RegisterAsync(Endpoints.Register());

        scope.Requests.Single().Json!.AsObject().ContainsKey("activity_id").Should().BeFalse();
    }

    [Fact]
    public async Task AddUsersAsync_DocumentedSample_SendsSampleBody()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.AddUsers, Endpoints.Success(LiveActivityEndpoint.AddUsers));
        var sut = scope.CreateClient();

        await sut.AddUsersAsync(Endpoints.AddUsers());

        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_id":"550e8400-e29b-41d4-a716-446655440000","activity_type":"DeliveryActivityAttributes","insider_ids":["user-901","user-902","user-903"]}""");
    }

    [Fact]
    public async Task RemoveUsersAsync_DocumentedSample_SendsSampleBody()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.RemoveUsers, Endpoints.Success(LiveActivityEndpoint.RemoveUsers));
        var sut = scope.CreateClient();

        await sut.RemoveUsersAsync(Endpoints.RemoveUsers());

        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_id":"550e8400-e29b-41d4-a716-446655440000","activity_type":"DeliveryActivityAttributes","insider_ids":["user-12","user-77"]}""");
    }

    [Fact]
    public async Task StartAsync_DocumentedSample_SendsSampleBody()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var sut = scope.CreateClient();

        await sut.StartAsync(Endpoints.Start());

        JsonAssert.Equivalent(scope.Requests.Single().Body, """
            {"activity_id":"550e8400-e29b-41d4-a716-446655440000","activity_type":"OrderTrackingAttributes",
             "content":{"title":"Your order is being prepared","message":"Estimated delivery: 14:30",
                        "content_state":{"status":"preparing","eta":"2026-05-20T14:30:00Z"}}}
            """);
    }

    [Fact]
    public async Task StartAsync_TargetDevicesSample_SendsTopLevelTargetDevices()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var sut = scope.CreateClient();
        var request = Endpoints.Start() with { TargetDevices = [new TargetDevice("user-123", "abc-device-1"), new TargetDevice("user-456", "def-device-2")] };

        await sut.StartAsync(request);

        JsonAssert.Equivalent(scope.Requests.Single().Body, """
            {"activity_id":"550e8400-e29b-41d4-a716-446655440000","activity_type":"OrderTrackingAttributes",
             "content":{"title":"Your order is being prepared","message":"Estimated delivery: 14:30",
                        "content_state":{"status":"preparing","eta":"2026-05-20T14:30:00Z"}},
             "target_devices":[{"insider_id":"user-123","udid":"abc-device-1"},{"insider_id":"user-456","udid":"def-device-2"}]}
            """);
    }

    [Fact]
    public async Task StartAsync_AttributesSample_KeepsContentKeysVerbatim()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var sut = scope.CreateClient();
        var request = new StartRequest
        {
            ActivityId = "<activity_id from register response>",
            ActivityType = "DeliveryActivityAttributes",
            Content = new LiveActivityContent
            {
                Title = "Your order is being prepared",
                Message = "Courier on the way — will pick up shortly",
                ContentState = new JsonObject { ["status"] = "pickup", ["etaMinutes"] = 45 },
                Attributes = new JsonObject { ["courierName"] = "John D." },
            },
        };

        await sut.StartAsync(request);

        JsonAssert.Equivalent(scope.Requests.Single().Body, """
            {"activity_id":"<activity_id from register response>","activity_type":"DeliveryActivityAttributes",
             "content":{"title":"Your order is being prepared","message":"Courier on the way — will pick up shortly",
                        "content_state":{"status":"pickup","etaMinutes":45},"attributes":{"courierName":"John D."}}}
            """);
    }

    [Fact]
    public async Task UpdateAsync_ContentStateOnlySample_SendsOnlyContentState()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = scope.CreateClient();
        var request = new UpdateRequest
        {
            ActivityId = "<activity_id>",
            ActivityType = "DeliveryActivityAttributes",
            Content = new LiveActivityContent { ContentState = new JsonObject { ["status"] = "in_transit", ["etaMinutes"] = 30 } },
        };

        await sut.UpdateAsync(request);

        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_id":"<activity_id>","activity_type":"DeliveryActivityAttributes","content":{"content_state":{"status":"in_transit","etaMinutes":30}}}""");
    }

    [Fact]
    public async Task EndAsync_DocumentedSample_SendsSampleBody()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.End, Endpoints.Success(LiveActivityEndpoint.End));
        var sut = scope.CreateClient();
        var request = new EndRequest
        {
            ActivityId = Endpoints.ActivityId,
            ActivityType = "OrderTrackingAttributes",
            Content = new LiveActivityContent
            {
                Title = "Delivered ✓",
                Message = "Your order has been delivered successfully.",
                ContentState = new JsonObject { ["status"] = "delivered", ["deliveredAt"] = "2026-05-20T14:32:00Z" },
            },
        };

        await sut.EndAsync(request);

        JsonAssert.Equivalent(scope.Requests.Single().Body, """
            {"activity_id":"550e8400-e29b-41d4-a716-446655440000","activity_type":"OrderTrackingAttributes",
             "content":{"title":"Delivered ✓","message":"Your order has been delivered successfully.",
                        "content_state":{"status":"delivered","deliveredAt":"2026-05-20T14:32:00Z"}}}
            """);
    }

    [Theory]
    [MemberData(nameof(Endpoints.AllData), MemberType = typeof(Endpoints))]
    public async Task AnyEndpoint_Call_PostsJsonWithApiKeyToDocumentedPath(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Enqueue(endpoint, Endpoints.Success(endpoint));
        var sut = scope.CreateClient();

        await Endpoints.InvokeAsync(sut, endpoint);

        var request = scope.Requests.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be(Endpoints.PathOf(endpoint));
        request.Header("X-Api-Key").Should().Be(ServerScope.ApiKey);
        System.Net.Http.Headers.MediaTypeHeaderValue.Parse(request.Header("Content-Type")!).MediaType.Should().Be("application/json");
        request.Json.Should().NotBeNull();
    }
}
