// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>The typed calls send the documented bodies and answer and fail exactly as the untyped calls.</summary>
public sealed class LiveActivityHandleTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string ActivityId = "550e8400-e29b-41d4-a716-446655440000";

    public static TheoryData<string> Resolvers => SwiftOptions.Both;

    [Fact]
    public async Task RegisterAsync_SendsTheAttributesActivityType()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, Endpoints.Success(LiveActivityEndpoint.Register));
        var now = new DateTimeOffset(2026, 5, 19, 9, 0, 0, TimeSpan.Zero);
        var sut = scope.CreateClient(timeProvider: new FakeTimeProvider(now)).ForActivity<DeliveryAttributes, DeliveryState>(ContentTestJsonContext.Default);

        var registration = await sut.RegisterAsync(["user-123", "user-456"], now.AddHours(1));

        registration.ActivityId.Should().NotBeNullOrEmpty();
        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_type":"DeliveryActivityAttributes","insider_ids":["user-123","user-456"],"ends_at":"2026-05-19T10:00:00Z"}""");
    }

    [Theory]
    [MemberData(nameof(Resolvers))]
    public async Task StartAsync_SendsTheDocumentedDeliverySample(string resolver)
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var sut = CreateHandle<DeliveryAttributes, DeliveryState>(scope, resolver);

        var summary = await sut.StartAsync(ActivityId, new DeliveryAttributes("John D."), new DeliveryState(DeliveryStatus.Pickup, 45),
            new LiveActivityAlert("Your order is being prepared", "Courier on the way — will pick up shortly"));

        summary.SessionsTriggered.Should().BeGreaterThan(0);
        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_id":"@ID","activity_type":"DeliveryActivityAttributes","content":{"title":"Your order is being prepared","message":"Courier on the way — will pick up shortly","content_state":{"status":"pickup","etaMinutes":45},"attributes":{"courierName":"John D."}}}""".Replace("@ID", ActivityId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Resolvers))]
    public async Task UpdateAsync_WithoutAlert_SendsOnlyTheContentState(string resolver)
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, Endpoints.Success(LiveActivityEndpoint.Update));
        var sut = CreateHandle<DeliveryAttributes, DeliveryState>(scope, resolver);

        await sut.UpdateAsync(ActivityId, new DeliveryState(DeliveryStatus.InTransit, 30));

        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_id":"@ID","activity_type":"DeliveryActivityAttributes","content":{"content_state":{"status":"in_transit","etaMinutes":30}}}""".Replace("@ID", ActivityId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Resolvers))]
    public async Task EndAsync_WithAlertAndTargets_SendsThemAll(string resolver)
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.End, Endpoints.Success(LiveActivityEndpoint.End));
        var sut = CreateHandle<MatchAttributes, MatchState>(scope, resolver);

        await sut.EndAsync(ActivityId, new MatchState(2, 1, MatchPeriod.FullTime, 90), new LiveActivityAlert("Full time", "2 - 1"),
            [new TargetDevice("user-123", "abc-device-1")]);

        JsonAssert.Equivalent(scope.Requests.Single().Body,
            """{"activity_id":"@ID","activity_type":"MatchActivityAttributes","content":{"title":"Full time","message":"2 - 1","content_state":{"homeScore":2,"awayScore":1,"period":"full_time","minute":90}},"target_devices":[{"insider_id":"user-123","udid":"abc-device-1"}]}""".Replace("@ID", ActivityId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateAsync_StateOverTheLimit_ThrowsBeforeSending()
    {
        var scope = server.CreateScope();
        var sut = scope.CreateClient().ForActivity<DeliveryAttributes, TextState>(ContentTestJsonContext.Default);

        var act = () => sut.UpdateAsync(ActivityId, new TextState(new string('x', 5000)));

        var thrown = await act.Should().ThrowAsync<LiveActivityValidationException>();
        thrown.Which.ErrorCode.Should().Be(LiveActivityErrorCodes.ContentStateTooLarge);
        thrown.Which.Endpoint.Should().Be(LiveActivityEndpoint.Update);
        thrown.Which.ActivityId.Should().Be(ActivityId);
        scope.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_AttributesSwiftCannotDecode_ThrowsBeforeSending()
    {
        var scope = server.CreateScope();
        var sut = scope.CreateClient().ForActivity<NumberState, DeliveryState>(ContentTestJsonContext.Default);

        var act = () => sut.StartAsync(ActivityId, new NumberState(double.NaN, 0), new DeliveryState(DeliveryStatus.Pickup, 1), new LiveActivityAlert("t", "m"));

        (await act.Should().ThrowAsync<LiveActivityValidationException>()).Which.Endpoint.Should().Be(LiveActivityEndpoint.Start);
        scope.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task EndAsync_NotFound_ThrowsWhatTheUntypedCallThrows()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.End, ScriptedReply.Error(404, LiveActivityErrorCodes.NotFound, "activity not found"));
        var client = scope.CreateClient();
        var sut = client.ForActivity<DeliveryAttributes, DeliveryState>(ContentTestJsonContext.Default);

        var typed = await FluentActions.Awaiting(() => sut.EndAsync(ActivityId, new DeliveryState(DeliveryStatus.Delivered, 0))).Should().ThrowAsync<ActivityNotFoundException>();
        var untyped = await FluentActions.Awaiting(() => client.EndAsync(new EndRequest
        {
            ActivityId = ActivityId,
            ActivityType = "DeliveryActivityAttributes",
            Content = new LiveActivityContent { ContentState = LiveActivityContentEncoding.Encode(new DeliveryState(DeliveryStatus.Delivered, 0), sut.Options) },
        })).Should().ThrowAsync<ActivityNotFoundException>();

        typed.Which.ErrorCode.Should().Be(untyped.Which.ErrorCode);
        typed.Which.StatusCode.Should().Be(untyped.Which.StatusCode);
        typed.Which.Message.Should().Be(untyped.Which.Message);
        scope.Requests[0].Body.Should().Be(scope.Requests[1].Body);
    }

    [Fact]
    public async Task StartAsync_BlankActivityId_ThrowsTheUntypedValidation()
    {
        var scope = server.CreateScope();
        var sut = scope.CreateClient().ForActivity<DeliveryAttributes, DeliveryState>(ContentTestJsonContext.Default);

        var act = () => sut.StartAsync(" ", new DeliveryAttributes("J"), new DeliveryState(DeliveryStatus.Pickup, 1), new LiveActivityAlert("t", "m"));

        (await act.Should().ThrowAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be(LiveActivityErrorCodes.ActivityIdRequired);
    }

    [Fact]
    public async Task Calls_NullArguments_ThrowArgumentNullException()
    {
        var scope = server.CreateScope();
        var sut = scope.CreateClient().ForActivity<DeliveryAttributes, DeliveryState>(ContentTestJsonContext.Default);
        var state = new DeliveryState(DeliveryStatus.Pickup, 1);

        await FluentActions.Awaiting(() => sut.RegisterAsync(null!, DateTimeOffset.UtcNow)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => sut.StartAsync(ActivityId, null!, state, new LiveActivityAlert("t", "m"))).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => sut.StartAsync(ActivityId, new DeliveryAttributes("J"), state, null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => sut.UpdateAsync(ActivityId, null!)).Should().ThrowAsync<ArgumentNullException>();
        scope.Requests.Should().BeEmpty();
    }

    [Fact]
    public void ForActivity_OptionsNotMadeForSwift_Throws()
    {
        var client = server.CreateScope().CreateClient();

        var act = () => client.ForActivity<DeliveryAttributes, DeliveryState>(new JsonSerializerOptions { TypeInfoResolver = ContentTestJsonContext.Default });

        act.Should().Throw<ArgumentException>().WithMessage("*CreateOptions*");
    }

    [Fact]
    public void ForActivity_SwiftOptions_AreUsedAndKept()
    {
        var client = server.CreateScope().CreateClient();
        var options = LiveActivityContentEncoding.CreateOptions(ContentTestJsonContext.Default);

        var sut = client.ForActivity<WorkoutActivityAttributes, WorkoutState>(options);

        sut.Options.Should().BeSameAs(options);
        sut.ActivityType.Should().Be("WorkoutActivityAttributes");
    }

    private static LiveActivityHandle<TAttributes, TState> CreateHandle<TAttributes, TState>(ServerScope scope, string resolver) =>
        resolver == SwiftOptions.Reflection
            ? scope.CreateClient().ForActivity<TAttributes, TState>()
            : scope.CreateClient().ForActivity<TAttributes, TState>(ContentTestJsonContext.Default);
}
