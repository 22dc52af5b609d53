// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>
/// The emulator's 400 answers name what is wrong, as the real API's <c>error</c> text does: the field (and, for a body
/// that cannot be read, what was wrong with it). Key phrases only.
/// </summary>
public sealed class ErrorTextTests : EmulatorTestBase
{
    public static TheoryData<string, string?, string, string> RequestInvalidBodies => new()
    {
        { "empty body", "", "REQUEST_INVALID", "body is empty" },
        { "array body", "[1]", "REQUEST_INVALID", "JSON object" },
        { "broken JSON", "{\"activity_type\":", "REQUEST_INVALID", "not valid JSON" },
        { "empty object", "{}", "REQUEST_INVALID", "at least one field" },
    };

    [Theory]
    [MemberData(nameof(RequestInvalidBodies))]
    public async Task UnreadableBody_SaysWhatIsWrongWithIt(string because, string? body, string code, string phrase)
    {
        var result = await PostRawAsync("update", body);

        result.Status.Should().Be(HttpStatusCode.BadRequest, because);
        result.Code.Should().Be(code);
        result.Error.Should().Contain(phrase);
    }

    public static TheoryData<string, object, string> InvalidFields => new()
    {
        { "update", new { activity_type = ActivityType, activity_id = " ", content = Content() }, "activity_id" },
        { "register", new { activity_type = ActivityType, insider_ids = new object[] { "a", 7 }, ends_at = "2026-05-20T11:00:00Z" }, "insider_ids" },
        { "register", new { activity_type = ActivityType, insider_ids = new[] { "a" }, ends_at = "tomorrow" }, "RFC 3339" },
        { "update", new { activity_type = ActivityType, activity_id = "x" }, "content is required" },
        { "update", new { activity_type = ActivityType, activity_id = "x", content = new { title = "t" } }, "content.content_state" },
        { "start", new { activity_type = ActivityType, activity_id = "x", content = Content(title: null) }, "content.title" },
        { "start", new { activity_type = ActivityType, activity_id = "x", content = Content(message: null) }, "content.message" },
        { "update", new { activity_type = ActivityType, activity_id = "x", content = new { content_state = new { a = 1 }, attributes = "flat" } }, "content.attributes" },
        { "update", new { activity_type = ActivityType, activity_id = "x", content = Content(), target_devices = new[] { new { insider_id = "u" } } }, "insider_id and udid" },
        { "update", new { activity_type = ActivityType, activity_id = "x", content = Content(), target_devices = "all" }, "target_devices must be an array" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task InvalidField_IsNamedInTheError(string operation, object body, string phrase)
    {
        var result = await PostAsync(operation, body);

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Error.Should().Contain(phrase);
    }
}
