// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// A request rejected before sending tells the developer what to fix: the message names the field (and the index of the
/// offending entry), states the rule, carries the server's code and says the client rejected it before sending to the
/// endpoint. Key phrases only: the wording around them may change.
/// </summary>
public sealed class ValidationMessageTests
{
    private readonly StubHandler _handler = new((_, _, _) => throw new InvalidOperationException("a rejected request is never sent"));

    public static TheoryData<string, string[]> Rejections => new()
    {
        { "blank activity_type", ["activity_type", "empty or whitespace", "ACTIVITY_TYPE_REQUIRED"] },
        { "blank activity_id", ["activity_id", "empty or whitespace", "ACTIVITY_ID_REQUIRED"] },
        { "no insider ids", ["insider_ids", "between 1 and 3", "(got 0)", "INSIDER_IDS_OUT_OF_RANGE"] },
        { "too many insider ids", ["insider_ids", "between 1 and 3", "(got 4)", "INSIDER_IDS_OUT_OF_RANGE"] },
        { "blank insider id", ["insider_ids[1]", "null, empty or whitespace", "VALIDATION_FAILED"] },
        { "ends_at now", ["ends_at", "in the future", "ENDS_AT_IN_PAST"] },
        { "ends_at too soon", ["ends_at", "at least 5 minutes", "ENDS_AT_TOO_SOON"] },
        { "ends_at too far", ["ends_at", "at most 7 days", "ENDS_AT_TOO_FAR"] },
        { "no content", ["content is required", "VALIDATION_FAILED"] },
        { "no content_state", ["content.content_state is required", "VALIDATION_FAILED"] },
        { "start without title", ["content.title and content.message", "/start", "alert", "VALIDATION_FAILED"] },
        { "blank target udid", ["target_devices[1]", "insider_id and udid", "TARGET_DEVICES_INVALID"] },
        { "null target", ["target_devices[0]", "insider_id and udid", "TARGET_DEVICES_INVALID"] },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task RejectedRequest_MessageNamesTheFieldTheRuleAndTheCode(string rejection, string[] phrases)
    {
        var time = new FakeTimeProvider();
        var sut = _handler.CreateClient(o => o.MaxInsiderIdsPerRequest = 3, time);

        var error = (await sut.Awaiting(s => Send(s, rejection, time.GetUtcNow())).Should().ThrowExactlyAsync<LiveActivityValidationException>()).Which;

        foreach (var phrase in phrases)
        {
            error.Message.Should().Contain(phrase);
        }

        error.Message.Should().Contain("rejected by the client before sending");
        error.Attempts.Should().Be(0);
        error.IsSafeToRetry.Should().BeFalse();
        _handler.Calls.Should().Be(0);
    }

    [Theory]
    [InlineData("blank activity_type", LiveActivityEndpoint.Register, null)]
    [InlineData("no content", LiveActivityEndpoint.Update, Endpoints.ActivityId)]
    [InlineData("blank target udid", LiveActivityEndpoint.Update, Endpoints.ActivityId)]
    [InlineData("blank insider id", LiveActivityEndpoint.Register, null)]
    [InlineData("start without title", LiveActivityEndpoint.Start, Endpoints.ActivityId)]
    public async Task RejectedRequest_NamesTheEndpointAndTheActivity(string rejection, LiveActivityEndpoint endpoint, string? activityId)
    {
        var time = new FakeTimeProvider();
        var sut = _handler.CreateClient(o => o.MaxInsiderIdsPerRequest = 3, time);

        var error = (await sut.Awaiting(s => Send(s, rejection, time.GetUtcNow())).Should().ThrowExactlyAsync<LiveActivityValidationException>()).Which;

        error.Endpoint.Should().Be(endpoint);
        error.ActivityId.Should().Be(activityId);
        error.Message.Should().Contain(endpoint.ToString() switch
        {
            "Register" => "/register",
            "Update" => "/update",
            _ => "/start",
        });
    }

    [Fact]
    public async Task UsersCall_BlankInsiderId_NamesItsIndex()
    {
        var sut = _handler.CreateClient();

        var error = (await sut.Awaiting(s => s.AddUsersAsync(new AddUsersRequest { ActivityId = Endpoints.ActivityId, ActivityType = "T", InsiderIds = ["a", "b", " "] }, CancellationToken.None))
            .Should().ThrowExactlyAsync<LiveActivityValidationException>()).Which;

        error.Message.Should().Contain("insider_ids[2]");
        error.ActivityId.Should().Be(Endpoints.ActivityId);
    }

    private static Task Send(LiveActivityClient client, string rejection, DateTimeOffset now) => rejection switch
    {
        "blank activity_type" => client.RegisterAsync(Endpoints.Register(now) with { ActivityType = " " }),
        "blank activity_id" => client.UpdateAsync(Endpoints.Update() with { ActivityId = "" }),
        "no insider ids" => client.RegisterAsync(Endpoints.Register(now) with { InsiderIds = [] }),
        "too many insider ids" => client.RegisterAsync(Endpoints.Register(now) with { InsiderIds = ["a", "b", "c", "d"] }),
        "blank insider id" => client.RegisterAsync(Endpoints.Register(now) with { InsiderIds = ["a", " ", "c"] }),
        "ends_at now" => client.RegisterAsync(Endpoints.Register(now) with { EndsAt = now }),
        "ends_at too soon" => client.RegisterAsync(Endpoints.Register(now) with { EndsAt = now.AddMinutes(4) }),
        "ends_at too far" => client.RegisterAsync(Endpoints.Register(now) with { EndsAt = now.AddDays(8) }),
        "no content" => client.UpdateAsync(Endpoints.Update() with { Content = null! }),
        "no content_state" => client.UpdateAsync(Endpoints.Update() with { Content = Endpoints.Content() with { ContentState = null! } }),
        "start without title" => client.StartAsync(Endpoints.Start() with { Content = Endpoints.Content() with { Title = null } }),
        "blank target udid" => client.UpdateAsync(Endpoints.Update() with { TargetDevices = [new TargetDevice("u1", "d1"), new TargetDevice("u2", " ")] }),
        "null target" => client.UpdateAsync(Endpoints.Update() with { TargetDevices = [null!] }),
        _ => throw new ArgumentOutOfRangeException(nameof(rejection)),
    };
}
