// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class ValidationTests : EmulatorTestBase
{
    [Theory]
    [InlineData("register")]
    [InlineData("start")]
    [InlineData("update")]
    [InlineData("end")]
    public async Task Post_MissingActivityType_Returns400ActivityTypeRequired(string operation)
    {
        var result = await PostAsync(operation, new { activity_id = "x", insider_ids = new[] { "a" } });

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Code.Should().Be("ACTIVITY_TYPE_REQUIRED");
        result.Error.Should().Be("activity_type cannot be empty or whitespace-only");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task Register_InvalidActivityType_Returns400ActivityTypeRequired(string value)
    {
        var result = await PostRawAsync("register", "{\"activity_type\":" + value + ",\"insider_ids\":[\"a\"]}");

        result.Code.Should().Be("ACTIVITY_TYPE_REQUIRED");
    }

    [Theory]
    [InlineData("add-users")]
    [InlineData("remove-users")]
    public async Task SegmentUpdate_MissingActivityType_Returns400ValidationFailed(string operation)
    {
        var result = await PostAsync(operation, new { activity_id = "x", insider_ids = new[] { "a" } });

        result.Code.Should().Be("VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("add-users")]
    [InlineData("remove-users")]
    [InlineData("start")]
    [InlineData("update")]
    [InlineData("end")]
    public async Task Post_BlankActivityId_Returns400ActivityIdRequired(string operation)
    {
        var result = await PostAsync(operation, new { activity_type = ActivityType, activity_id = " ", insider_ids = new[] { "a" }, content = Content() });

        result.Code.Should().Be("ACTIVITY_ID_REQUIRED");
    }

    [Fact]
    public async Task Register_ActivityIdInBody_IsIgnored()
    {
        var fixedId = Guid.NewGuid().ToString();

        var result = await PostAsync("register", new { activity_id = fixedId, activity_type = ActivityType, insider_ids = new[] { "user-1" }, ends_at = EndsAt(TimeSpan.FromHours(1)) });

        result.Status.Should().Be(HttpStatusCode.OK);
        var id = result.Json!["activity_id"]!.GetValue<string>();
        id.Should().NotBe(fixedId).And.MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task Register_InsiderIdsCountOutOfRange_Returns400(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => "user-" + i).ToArray();

        var result = await PostAsync("register", new { activity_type = ActivityType, insider_ids = ids, ends_at = EndsAt(TimeSpan.FromHours(1)) });

        result.Code.Should().Be("INSIDER_IDS_OUT_OF_RANGE");
        result.Error.Should().Be("insider_ids must contain between 1 and 10,000 elements");
    }

    [Fact]
    public async Task Register_TenThousandIds_Succeeds()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => "user-" + i).ToArray();

        var result = await PostAsync("register", new { activity_type = ActivityType, insider_ids = ids, ends_at = EndsAt(TimeSpan.FromHours(1)) });

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Int("added").Should().Be(10_000);
    }

    [Fact]
    public async Task Register_ConfiguredMaxInsiderIds_IsEnforced()
    {
        using var test = new Configured(o => o.MaxInsiderIdsPerRequest = 2);

        var result = await test.RegisterAsync("a", "b", "c");

        result.Code.Should().Be("INSIDER_IDS_OUT_OF_RANGE");
        result.Error.Should().Contain("between 1 and 2 elements");
    }

    [Theory]
    [InlineData("add-users")]
    [InlineData("remove-users")]
    public async Task SegmentUpdate_MissingInsiderIds_Returns400OutOfRange(string operation)
    {
        var result = await PostAsync(operation, new { activity_type = ActivityType, activity_id = "x" });

        result.Code.Should().Be("INSIDER_IDS_OUT_OF_RANGE");
    }

    [Fact]
    public async Task Register_NonStringInsiderId_Returns400ValidationFailed()
    {
        var result = await PostRawAsync("register", "{\"activity_type\":\"A\",\"insider_ids\":[\"a\",1],\"ends_at\":\"" + EndsAt(TimeSpan.FromHours(1)) + "\"}");

        result.Code.Should().Be("VALIDATION_FAILED");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("tomorrow")]
    [InlineData("2026-05-20 12:00:00")]
    [InlineData("2026-05-20T12:00:00")]
    public async Task Register_MissingOrInvalidEndsAt_Returns400ValidationFailed(string? endsAt)
    {
        var result = await PostAsync("register", new { activity_type = ActivityType, insider_ids = new[] { "a" }, ends_at = endsAt });

        result.Code.Should().Be("VALIDATION_FAILED");
    }

    [Theory]
    [InlineData(-60, "ENDS_AT_IN_PAST", "ends_at must be in the future")]
    [InlineData(0, "ENDS_AT_IN_PAST", "ends_at must be in the future")]
    [InlineData(299, "ENDS_AT_TOO_SOON", "ends_at must be at least 5 minutes from now")]
    [InlineData((7 * 86400) + 1, "ENDS_AT_TOO_FAR", "ends_at must be at most 7 days from now")]
    public async Task Register_EndsAtOutOfWindow_ReturnsDocumentedCode(int seconds, string code, string message)
    {
        var result = await PostAsync("register", new { activity_type = ActivityType, insider_ids = new[] { "a" }, ends_at = EndsAt(TimeSpan.FromSeconds(seconds)) });

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Code.Should().Be(code);
        result.Error.Should().Be(message);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(7 * 86400)]
    public async Task Register_EndsAtOnWindowBoundary_Succeeds(int seconds)
    {
        var result = await PostAsync("register", new { activity_type = ActivityType, insider_ids = new[] { "a" }, ends_at = EndsAt(TimeSpan.FromSeconds(seconds)) });

        result.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Register_EndsAtWithOffset_IsAccepted()
    {
        var result = await PostAsync("register", new { activity_type = ActivityType, insider_ids = new[] { "a" }, ends_at = "2026-05-20T13:00:00.123+02:00" });

        result.Status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("update")]
    [InlineData("end")]
    public async Task Push_MissingContentOrContentState_Returns400ValidationFailed(string operation)
    {
        var noContent = await PostAsync(operation, new { activity_type = ActivityType, activity_id = "x" });
        var noState = await PostAsync(operation, new { activity_type = ActivityType, activity_id = "x", content = new { title = "t", message = "m" } });
        var stateNotObject = await PostAsync(operation, new { activity_type = ActivityType, activity_id = "x", content = new { title = "t", message = "m", content_state = "s" } });

        noContent.Code.Should().Be("VALIDATION_FAILED");
        noState.Code.Should().Be("VALIDATION_FAILED");
        stateNotObject.Code.Should().Be("VALIDATION_FAILED");
    }

    [Theory]
    [InlineData(null, "m")]
    [InlineData("t", null)]
    [InlineData("", "m")]
    public async Task Start_MissingTitleOrMessage_Returns400ValidationFailed(string? title, string? message)
    {
        var result = await PostAsync("start", new { activity_type = ActivityType, activity_id = "x", content = Content(title, message) });

        result.Code.Should().Be("VALIDATION_FAILED");
    }

    [Fact]
    public async Task Update_OnlyContentState_PassesValidation()
    {
        var result = await PushAsync("update", Guid.NewGuid().ToString());

        result.Code.Should().Be("NOT_FOUND");
    }

    [Theory]
    [InlineData("start", "", "udid")]
    [InlineData("update", "user-1", " ")]
    [InlineData("end", null, "udid")]
    public async Task Push_TargetWithBlankField_Returns400TargetDevicesInvalid(string operation, string? insiderId, string udid)
    {
        var target = new JsonObject { ["udid"] = udid };
        if (insiderId is not null)
        {
            target["insider_id"] = insiderId;
        }

        var result = await PostAsync(operation, new { activity_type = ActivityType, activity_id = "x", content = Content(), target_devices = new JsonArray(target) });

        result.Code.Should().Be("TARGET_DEVICES_INVALID");
    }

    private sealed class Configured(Action<LiveActivityEmulatorOptions> configure) : EmulatorTestBase(configure);
}
