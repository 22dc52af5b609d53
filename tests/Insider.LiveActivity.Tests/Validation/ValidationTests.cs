// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Client-side validation: each documented rule and its boundaries, with the server's codes, and nothing sent.</summary>
public sealed class ValidationTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);
    private readonly ServerScope _scope = server.CreateScope().AlwaysEverywhere(ScriptedReply.Ok(Endpoints.SuccessBody(LiveActivityEndpoint.Register)));

    public static TheoryData<string?> BlankStrings => [null, "", " ", "\t\n "];

    public static TheoryData<LiveActivityEndpoint, string?> PushEndpointsWithBlanks
    {
        get
        {
            var data = new TheoryData<LiveActivityEndpoint, string?>();
            foreach (var endpoint in new[] { LiveActivityEndpoint.Start, LiveActivityEndpoint.Update, LiveActivityEndpoint.End })
            {
                foreach (var blank in new[] { null, "", "   " })
                {
                    data.Add(endpoint, blank);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BlankStrings))]
    public Task RegisterAsync_BlankActivityType_RejectsWithActivityTypeRequired(string? activityType) =>
        AssertRejectedAsync(c => c.RegisterAsync(Endpoints.Register(Now) with { ActivityType = activityType! }), LiveActivityEndpoint.Register, "ACTIVITY_TYPE_REQUIRED");

    [Fact]
    public Task RegisterAsync_NoInsiderIds_RejectsWithOutOfRange() =>
        AssertRejectedAsync(c => c.RegisterAsync(Endpoints.Register(Now) with { InsiderIds = [] }), LiveActivityEndpoint.Register, "INSIDER_IDS_OUT_OF_RANGE");

    [Fact]
    public Task RegisterAsync_NullInsiderIds_RejectsWithOutOfRange() =>
        AssertRejectedAsync(c => c.RegisterAsync(Endpoints.Register(Now) with { InsiderIds = null! }), LiveActivityEndpoint.Register, "INSIDER_IDS_OUT_OF_RANGE");

    [Fact]
    public Task RegisterAsync_TenThousandAndOneIds_RejectsWithOutOfRange() =>
        AssertRejectedAsync(c => c.RegisterAsync(Endpoints.Register(Now) with { InsiderIds = Ids(10_001) }), LiveActivityEndpoint.Register, "INSIDER_IDS_OUT_OF_RANGE");

    [Fact]
    public async Task RegisterAsync_TenThousandIds_IsSent()
    {
        var sut = CreateSut();

        await sut.RegisterAsync(Endpoints.Register(Now) with { InsiderIds = Ids(10_000) });

        _scope.Requests.Single().Json!["insider_ids"]!.AsArray().Should().HaveCount(10_000);
    }

    [Theory]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, false)]
    [InlineData(1, 1, true)]
    [InlineData(1, 2, false)]
    public async Task UsersCalls_ConfiguredMaxInsiderIds_IsTheUpperBound(int max, int count, bool accepted)
    {
        var sut = CreateSut(o => o.MaxInsiderIdsPerRequest = max);

        var register = () => sut.RegisterAsync(Endpoints.Register(Now) with { InsiderIds = Ids(count) });
        var add = () => sut.AddUsersAsync(Endpoints.AddUsers() with { InsiderIds = Ids(count) });
        var remove = () => sut.RemoveUsersAsync(Endpoints.RemoveUsers() with { InsiderIds = Ids(count) });

        foreach (var act in new Func<Task>[] { register, add, remove })
        {
            if (accepted)
            {
                await act.Should().NotThrowAsync();
            }
            else
            {
                (await act.Should().ThrowExactlyAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be("INSIDER_IDS_OUT_OF_RANGE");
            }
        }

        _scope.Requests.Should().HaveCount(accepted ? 3 : 0);
    }

    [Theory]
    [InlineData(-60_000_000_000L, "ENDS_AT_IN_PAST")]   // 100 minutes ago
    [InlineData(-1L, "ENDS_AT_IN_PAST")]
    [InlineData(0L, "ENDS_AT_IN_PAST")]                 // now is not in the future
    [InlineData(9_999_999L, "ENDS_AT_IN_PAST")]         // less than a second away: sent as now (whole seconds)
    [InlineData(10_000_000L, "ENDS_AT_TOO_SOON")]       // one second
    [InlineData(2_999_999_999L, "ENDS_AT_TOO_SOON")]    // 5 minutes less one tick
    [InlineData(6_048_010_000_000L, "ENDS_AT_TOO_FAR")] // 7 days and one second
    [InlineData(6_912_000_000_000L, "ENDS_AT_TOO_FAR")] // 8 days
    public Task RegisterAsync_EndsAtOutsideWindow_RejectsWithCode(long ticksFromNow, string code) =>
        AssertRejectedAsync(c => c.RegisterAsync(Endpoints.Register(Now) with { EndsAt = Now.AddTicks(ticksFromNow) }), LiveActivityEndpoint.Register, code);

    [Theory]
    [InlineData(5 * 60)]              // exactly 5 minutes
    [InlineData(7 * 24 * 60 * 60)]    // exactly 7 days
    [InlineData(7 * 24 * 60 * 60, 9_999_999L)] // 7 days and a fraction: the fraction is not sent
    public async Task RegisterAsync_EndsAtOnBoundary_IsSent(int secondsFromNow, long extraTicks = 0)
    {
        var sut = CreateSut();

        await sut.RegisterAsync(Endpoints.Register(Now) with { EndsAt = Now.AddSeconds(secondsFromNow).AddTicks(extraTicks) });

        _scope.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task RegisterAsync_EndsAt_IsMeasuredWithInjectedClock()
    {
        var time = new FakeTimeProvider(Now);
        var sut = _scope.CreateClient(timeProvider: time);
        var request = Endpoints.Register(Now) with { EndsAt = Now.AddMinutes(10) };
        time.Advance(TimeSpan.FromMinutes(6));

        var act = () => sut.RegisterAsync(request);

        (await act.Should().ThrowExactlyAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be("ENDS_AT_TOO_SOON");
    }

    [Theory]
    [MemberData(nameof(BlankStrings))]
    public async Task UsersCalls_BlankActivityId_RejectsWithActivityIdRequired(string? activityId)
    {
        await AssertRejectedAsync(c => c.AddUsersAsync(Endpoints.AddUsers() with { ActivityId = activityId! }), LiveActivityEndpoint.AddUsers, "ACTIVITY_ID_REQUIRED");
        await AssertRejectedAsync(c => c.RemoveUsersAsync(Endpoints.RemoveUsers() with { ActivityId = activityId! }), LiveActivityEndpoint.RemoveUsers, "ACTIVITY_ID_REQUIRED");
    }

    [Theory]
    [MemberData(nameof(BlankStrings))]
    public async Task UsersCalls_BlankActivityType_RejectsWithActivityTypeRequired(string? activityType)
    {
        await AssertRejectedAsync(c => c.AddUsersAsync(Endpoints.AddUsers() with { ActivityType = activityType! }), LiveActivityEndpoint.AddUsers, "ACTIVITY_TYPE_REQUIRED");
        await AssertRejectedAsync(c => c.RemoveUsersAsync(Endpoints.RemoveUsers() with { ActivityType = activityType! }), LiveActivityEndpoint.RemoveUsers, "ACTIVITY_TYPE_REQUIRED");
    }

    [Fact]
    public async Task UsersCalls_EmptyOrTooManyIds_RejectWithOutOfRange()
    {
        await AssertRejectedAsync(c => c.AddUsersAsync(Endpoints.AddUsers() with { InsiderIds = [] }), LiveActivityEndpoint.AddUsers, "INSIDER_IDS_OUT_OF_RANGE");
        await AssertRejectedAsync(c => c.RemoveUsersAsync(Endpoints.RemoveUsers() with { InsiderIds = Ids(10_001) }), LiveActivityEndpoint.RemoveUsers, "INSIDER_IDS_OUT_OF_RANGE");
    }

    [Theory]
    [MemberData(nameof(PushEndpointsWithBlanks))]
    public Task PushCalls_BlankActivityId_RejectsWithActivityIdRequired(LiveActivityEndpoint endpoint, string? blank) =>
        AssertRejectedAsync(c => Push(c, endpoint, r => r with { ActivityId = blank! }), endpoint, "ACTIVITY_ID_REQUIRED");

    [Theory]
    [MemberData(nameof(PushEndpointsWithBlanks))]
    public Task PushCalls_BlankActivityType_RejectsWithActivityTypeRequired(LiveActivityEndpoint endpoint, string? blank) =>
        AssertRejectedAsync(c => Push(c, endpoint, r => r with { ActivityType = blank! }), endpoint, "ACTIVITY_TYPE_REQUIRED");

    [Theory]
    [MemberData(nameof(PushEndpointsWithBlanks))]
    public async Task PushCalls_TargetDeviceWithBlankField_RejectsWithTargetDevicesInvalid(LiveActivityEndpoint endpoint, string? blank)
    {
        var good = new TargetDevice("user-1", "udid-1");
        await AssertRejectedAsync(c => Push(c, endpoint, r => r with { TargetDevices = [good, new TargetDevice(blank!, "udid-2")] }), endpoint, "TARGET_DEVICES_INVALID");
        await AssertRejectedAsync(c => Push(c, endpoint, r => r with { TargetDevices = [new TargetDevice("user-2", blank!), good] }), endpoint, "TARGET_DEVICES_INVALID");
    }

    [Theory]
    [MemberData(nameof(Endpoints.PushData), MemberType = typeof(Endpoints))]
    public async Task PushCalls_MissingContentOrContentState_RejectsWithValidationFailed(LiveActivityEndpoint endpoint)
    {
        await AssertRejectedAsync(c => Push(c, endpoint, r => r with { Content = null! }), endpoint, "VALIDATION_FAILED");
        await AssertRejectedAsync(c => Push(c, endpoint, r => r with { Content = r.Content with { ContentState = null! } }), endpoint, "VALIDATION_FAILED");
    }

    [Theory]
    [InlineData(null, "Estimated delivery")]
    [InlineData("", "Estimated delivery")]
    [InlineData(" ", "Estimated delivery")]
    [InlineData("Your order", null)]
    [InlineData("Your order", "")]
    [InlineData("Your order", "  ")]
    public Task StartAsync_MissingTitleOrMessage_RejectsWithValidationFailed(string? title, string? message) =>
        AssertRejectedAsync(c => c.StartAsync(Endpoints.Start() with { Content = Endpoints.Content() with { Title = title, Message = message } }),
            LiveActivityEndpoint.Start, "VALIDATION_FAILED");

    [Theory]
    [InlineData(LiveActivityEndpoint.Update)]
    [InlineData(LiveActivityEndpoint.End)]
    public async Task UpdateAndEnd_ContentStateOnly_IsSent(LiveActivityEndpoint endpoint)
    {
        var sut = CreateSut();
        var content = new LiveActivityContent { ContentState = new JsonObject { ["status"] = "in_transit" } };

        await Push(sut, endpoint, r => r with { Content = content, TargetDevices = [] });

        _scope.Requests.Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(Endpoints.AllData), MemberType = typeof(Endpoints))]
    public async Task AnyCall_NullRequest_ThrowsArgumentNullException(LiveActivityEndpoint endpoint)
    {
        var sut = CreateSut();

        Func<Task> act = endpoint switch
        {
            LiveActivityEndpoint.Register => () => sut.RegisterAsync(null!),
            LiveActivityEndpoint.AddUsers => () => sut.AddUsersAsync(null!),
            LiveActivityEndpoint.RemoveUsers => () => sut.RemoveUsersAsync(null!),
            LiveActivityEndpoint.Start => () => sut.StartAsync(null!),
            LiveActivityEndpoint.Update => () => sut.UpdateAsync(null!),
            _ => () => sut.EndAsync(null!),
        };

        await act.Should().ThrowExactlyAsync<ArgumentNullException>();
        _scope.Requests.Should().BeEmpty();
    }

    private static string[] Ids(int count) => Enumerable.Range(0, count).Select(i => "user-" + i).ToArray();

    private static Task Push(LiveActivityClient client, LiveActivityEndpoint endpoint, Func<PushRequest, PushRequest> change) => endpoint switch
    {
        LiveActivityEndpoint.Start => client.StartAsync((StartRequest)change(Endpoints.Start())),
        LiveActivityEndpoint.Update => client.UpdateAsync((UpdateRequest)change(Endpoints.Update())),
        _ => client.EndAsync((EndRequest)change(Endpoints.End())),
    };

    private LiveActivityClient CreateSut(Action<LiveActivityOptions>? configure = null) =>
        _scope.CreateClient(configure, timeProvider: new FakeTimeProvider(Now));

    private async Task AssertRejectedAsync(Func<LiveActivityClient, Task> call, LiveActivityEndpoint endpoint, string code)
    {
        var sut = CreateSut();

        var act = () => call(sut);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityValidationException>()).Which;
        error.ErrorCode.Should().Be(code);
        error.Endpoint.Should().Be(endpoint);
        error.StatusCode.Should().BeNull();
        error.Attempts.Should().Be(0);
        error.IsSafeToRetry.Should().BeFalse();
        error.Message.Should().Contain(code);
        _scope.Requests.Should().BeEmpty("a rejected request is never sent");
    }
}
