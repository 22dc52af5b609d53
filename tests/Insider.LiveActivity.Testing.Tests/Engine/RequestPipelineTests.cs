// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class RequestPipelineTests : EmulatorTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Post_MissingOrUnknownApiKey_Returns401WithEmptyBody(string? apiKey)
    {
        var result = await PostRawAsync("register", "{}", apiKey: apiKey ?? null);

        result.Status.Should().Be(HttpStatusCode.Unauthorized);
        result.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_UnauthorizedKeyState_Returns401WithEmptyBody()
    {
        Emulator.ConfigureApiKey("old-key", ApiKeyState.Unauthorized);

        var result = await PostRawAsync("register", "{}", apiKey: "old-key");

        result.Status.Should().Be(HttpStatusCode.Unauthorized);
        result.Body.Should().BeEmpty();
    }

    [Theory]
    [InlineData(ApiKeyState.Disabled, HttpStatusCode.Forbidden, "LIVE_ACTIVITY_DISABLED")]
    [InlineData(ApiKeyState.ApnsCertMissing, HttpStatusCode.PreconditionFailed, "APNS_CERT_MISSING")]
    [InlineData(ApiKeyState.ApnsCertTypeUnsupported, HttpStatusCode.PreconditionFailed, "APNS_CERT_TYPE_UNSUPPORTED")]
    [InlineData(ApiKeyState.PartnerRequired, HttpStatusCode.BadRequest, "PARTNER_REQUIRED")]
    [InlineData(ApiKeyState.AppNotFound, HttpStatusCode.NotFound, "APP_NOT_FOUND")]
    public async Task Post_KeyState_ReturnsDocumentedEnvelope(ApiKeyState state, HttpStatusCode status, string code)
    {
        Emulator.ConfigureApiKey("key-2", state);

        var result = await PostRawAsync("start", "not json", apiKey: "key-2", contentType: "text/plain");

        result.Status.Should().Be(status);
        result.Code.Should().Be(code);
        result.Error.Should().NotBeNullOrWhiteSpace();
        result.Json!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("error", "code");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_NotJsonContentType_Returns400RequestInvalid(string? contentType)
    {
        var result = await PostRawAsync("register", Json(new { activity_type = ActivityType }), contentType: contentType);

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Code.Should().Be("REQUEST_INVALID");
    }

    [Fact]
    public async Task Post_JsonContentTypeWithCharset_IsAccepted()
    {
        var result = await PostRawAsync("register", Json(new { activity_type = ActivityType }), contentType: "application/json; charset=utf-8");

        result.Code.Should().Be("INSIDER_IDS_OUT_OF_RANGE");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"activity_type\":")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public async Task Post_EmptyUnparseableOrNonObjectBody_Returns400RequestInvalid(string body)
    {
        var result = await PostRawAsync("start", body);

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Code.Should().Be("REQUEST_INVALID");
    }

    [Fact]
    public async Task Post_UnknownPath_Returns404EmptyBody()
    {
        var result = await PostRawAsync("pause", "{}");

        result.Status.Should().Be(HttpStatusCode.NotFound);
        result.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_KnownPath_Returns405WithAllowPost()
    {
        var result = await PostRawAsync("register", null, method: HttpMethod.Get);

        result.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        result.ContentHeaders.Allow.Should().Equal("POST");
    }

    [Fact]
    public async Task Post_DisabledKeyAndBadBody_KeyStateWinsOverContentType()
    {
        Emulator.ConfigureApiKey(Emulator.ApiKey, ApiKeyState.Disabled);

        var result = await PostRawAsync("register", "", contentType: null);

        result.Code.Should().Be("LIVE_ACTIVITY_DISABLED");
    }

    [Fact]
    public async Task Post_BadContentTypeAndEmptyBody_ContentTypeCheckedFirst()
    {
        var result = await PostRawAsync("register", "", contentType: "text/plain");

        result.Code.Should().Be("REQUEST_INVALID");
        result.Error.Should().Contain("Content-Type");
    }

    [Fact]
    public async Task Post_SeveralInvalidFields_ReportsFirstInDocumentedOrder()
    {
        var result = await PostAsync("register", new { activity_type = " ", insider_ids = Array.Empty<string>(), ends_at = "yesterday" });

        result.Code.Should().Be("ACTIVITY_TYPE_REQUIRED");
    }

    [Fact]
    public async Task Start_ValidBodyForUnknownActivityWithInvalidTargets_ValidationBeforeLookup()
    {
        var result = await PostAsync("start", new { activity_id = Guid.NewGuid().ToString(), activity_type = ActivityType, content = Content(), target_devices = new[] { Target("", "u") } });

        result.Code.Should().Be("TARGET_DEVICES_INVALID");
    }

    [Fact]
    public async Task Start_DeletedActivity_NotFoundBeforeAlreadyStarted()
    {
        var id = await StartedActivityAsync("user-1");
        Emulator.CompleteTokenSync(id);
        (await PushAsync("end", id)).Status.Should().Be(HttpStatusCode.OK);

        var result = await StartActivityAsync(id);

        result.Status.Should().Be(HttpStatusCode.NotFound);
        result.Code.Should().Be("NOT_FOUND");
        result.Error.Should().Be("activity not found");
    }
}
