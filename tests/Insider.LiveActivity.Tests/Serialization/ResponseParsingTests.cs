// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Every response sample of the API documentation parses; omitted fields read as 0/false/empty; unknown fields and order do not matter.</summary>
public sealed class ResponseParsingTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string ZeroSkipped =
        """{"push_permission_disabled":0,"unsupported_platform":0,"unsupported_os_version":0,"push_to_start_token_missing":0,"user_not_found":0}""";

    [Fact]
    public async Task RegisterAsync_DocumentedSuccessSample_ParsesEveryField()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok("""
            {"status":"success","activity_id":"550e8400-e29b-41d4-a716-446655440000","matched":950,"added":800,"refreshed":150,"removed":5,
             "skipped":{"push_permission_disabled":30,"unsupported_platform":15,"unsupported_os_version":5,"push_to_start_token_missing":0,"user_not_found":0}}
            """));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.Should().BeEquivalentTo(new ActivityRegistration
        {
            ActivityId = "550e8400-e29b-41d4-a716-446655440000", Matched = 950, Added = 800, Refreshed = 150, Removed = 5,
            Skipped = new SkippedDevices { PushPermissionDisabled = 30, UnsupportedPlatform = 15, UnsupportedOsVersion = 5 },
        });
        result.Skipped.Total.Should().Be(50);
        result.Partial.Should().BeFalse();
        result.UnprocessedInsiderIdCount.Should().Be(0);
        result.GdprDeniedDetails.Should().BeEmpty();
    }

    [Fact]
    public async Task RegisterAsync_PlainSuccessSample_ParsesAllEligible()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok(
            $$"""{"status":"success","activity_id":"uuid","matched":100,"added":100,"refreshed":0,"removed":0,"skipped":{{ZeroSkipped}}}"""));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.ActivityId.Should().Be("uuid");
        result.Matched.Should().Be(100);
        result.Added.Should().Be(100);
        result.Skipped.Should().Be(SkippedDevices.None);
    }

    [Fact]
    public async Task RegisterAsync_SuccessWithSkippedSample_ParsesSkippedCounters()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok("""
            {"status":"success","activity_id":"uuid","matched":720,"added":720,"refreshed":0,"removed":0,
             "skipped":{"push_permission_disabled":180,"unsupported_platform":60,"unsupported_os_version":35,"push_to_start_token_missing":5,"user_not_found":0}}
            """));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.Skipped.Should().Be(new SkippedDevices { PushPermissionDisabled = 180, UnsupportedPlatform = 60, UnsupportedOsVersion = 35, PushToStartTokenMissing = 5 });
    }

    [Fact]
    public async Task RegisterAsync_GdprDeniedSample_ParsesDeniedInsiders()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok($$"""
            {"status":"success","activity_id":"uuid","matched":945,"added":945,"refreshed":0,"removed":0,"skipped":{{ZeroSkipped}},
             "gdpr_denied_details":[{"insider_id":"user-12","devices_count":2},{"insider_id":"user-77","devices_count":1}]}
            """));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.GdprDeniedDetails.Should().Equal(
            new GdprDeniedInsider { InsiderId = "user-12", DevicesCount = 2 }, new GdprDeniedInsider { InsiderId = "user-77", DevicesCount = 1 });
    }

    [Fact]
    public async Task RegisterAsync_PartialSample_ParsesPartialAndUnprocessedCount()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok(
            """{"status":"success","activity_id":"uuid","matched":850,"added":850,"refreshed":0,"removed":0,"partial":true,"unprocessed_insider_id_count":50}"""));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.Partial.Should().BeTrue();
        result.UnprocessedInsiderIdCount.Should().Be(50);
        result.Skipped.Should().Be(SkippedDevices.None, "an omitted skipped block reads as all zero");
    }

    [Fact]
    public async Task AddUsersAsync_DocumentedSample_ParsesCountersOfThisCall()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.AddUsers, ScriptedReply.Ok(
            $$"""{"status":"success","activity_id":"550e8400-e29b-41d4-a716-446655440000","matched":3,"added":3,"refreshed":0,"removed":0,"skipped":{{ZeroSkipped}}}"""));
        var sut = scope.CreateClient();

        var result = await sut.AddUsersAsync(Endpoints.AddUsers());

        result.Should().BeEquivalentTo(new ActivityRegistration { ActivityId = Endpoints.ActivityId, Matched = 3, Added = 3 });
    }

    [Fact]
    public async Task RemoveUsersAsync_DocumentedSample_ParsesRemovedDevices()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.RemoveUsers, ScriptedReply.Ok(
            $$"""{"status":"success","activity_id":"550e8400-e29b-41d4-a716-446655440000","matched":0,"added":0,"refreshed":0,"removed":2,"skipped":{{ZeroSkipped}}}"""));
        var sut = scope.CreateClient();

        var result = await sut.RemoveUsersAsync(Endpoints.RemoveUsers());

        result.ActivityId.Should().Be(Endpoints.ActivityId);
        result.Removed.Should().Be(2);
        result.Matched.Should().Be(0);
    }

    [Fact]
    public async Task StartAsync_DocumentedSample_ParsesSessionsTriggered()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, ScriptedReply.Ok("""{"status":"success","sessions_triggered":850}"""));
        var sut = scope.CreateClient();

        var result = await sut.StartAsync(Endpoints.Start());

        result.Should().Be(new PushSummary { SessionsTriggered = 850, SkippedNotSynced = 0 });
    }

    [Fact]
    public async Task UpdateAsync_DocumentedSample_ParsesSkippedNotSynced()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, ScriptedReply.Ok("""{"status":"success","sessions_triggered":845,"skipped_not_synced":5}"""));
        var sut = scope.CreateClient();

        var result = await sut.UpdateAsync(Endpoints.Update());

        result.Should().Be(new PushSummary { SessionsTriggered = 845, SkippedNotSynced = 5 });
    }

    [Fact]
    public async Task EndAsync_DocumentedSample_ParsesFinalPushes()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.End, ScriptedReply.Ok("""{"status":"success","sessions_triggered":845,"skipped_not_synced":5}"""));
        var sut = scope.CreateClient();

        var result = await sut.EndAsync(Endpoints.End());

        result.Should().Be(new PushSummary { SessionsTriggered = 845, SkippedNotSynced = 5 });
    }

    [Fact]
    public async Task RegisterAsync_OnlyActivityId_ReadsOmittedFieldsAsDefaults()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok("""{"activity_id":"a-1"}"""));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.Should().BeEquivalentTo(new ActivityRegistration { ActivityId = "a-1" });
        result.Skipped.Should().NotBeNull();
        result.GdprDeniedDetails.Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_StatusOnly_ReadsCountersAsZero()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, ScriptedReply.Ok("""{"status":"success"}"""));
        var sut = scope.CreateClient();

        var result = await sut.UpdateAsync(Endpoints.Update());

        result.Should().Be(new PushSummary());
    }

    [Fact]
    public async Task RegisterAsync_UnknownFieldsAnyOrder_IgnoresUnknownFields()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok("""
            {"future_field":{"nested":[1,2,3]},"removed":1,"skipped":{"new_reason":9,"user_not_found":4},"refreshed":2,"added":3,
             "matched":5,"activity_id":"a-2","status":"success","another":"x"}
            """));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.Should().BeEquivalentTo(new ActivityRegistration
        {
            ActivityId = "a-2", Matched = 5, Added = 3, Refreshed = 2, Removed = 1, Skipped = new SkippedDevices { UserNotFound = 4 },
        });
    }

    [Fact]
    public async Task StartAsync_UnknownFields_IgnoresThem()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, ScriptedReply.Ok("""{"sessions_triggered":7,"trace":{"id":"x"},"status":"success"}"""));
        var sut = scope.CreateClient();

        var result = await sut.StartAsync(Endpoints.Start());

        result.SessionsTriggered.Should().Be(7);
    }

    [Fact]
    public async Task AddUsersAsync_ResponseWithoutActivityId_KeepsRequestActivityId()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.AddUsers, ScriptedReply.Ok("""{"status":"success","matched":1,"added":1}"""));
        var sut = scope.CreateClient();

        var result = await sut.AddUsersAsync(Endpoints.AddUsers());

        result.ActivityId.Should().Be(Endpoints.ActivityId);
    }

    [Fact]
    public async Task RegisterAsync_NullOptionalBlocks_ReadsAsEmpty()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Register, ScriptedReply.Ok(
            """{"status":"success","activity_id":"a-3","skipped":null,"gdpr_denied_details":null}"""));
        var sut = scope.CreateClient();

        var result = await sut.RegisterAsync(Endpoints.Register());

        result.Skipped.Should().Be(SkippedDevices.None);
        result.GdprDeniedDetails.Should().BeEmpty();
    }
}
