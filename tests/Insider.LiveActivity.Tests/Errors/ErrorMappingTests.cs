// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Every row of the error-code table, and the answers without a documented code, map to the documented exception type.</summary>
public sealed class ErrorMappingTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    /// <summary>HTTP status, code (null: empty body), an endpoint the row documents, the exception type expected.</summary>
    public static TheoryData<int, string?, LiveActivityEndpoint, Type> ErrorCodeTable => new()
    {
        { 400, "VALIDATION_FAILED", LiveActivityEndpoint.Update, typeof(LiveActivityValidationException) },
        { 400, "PARTNER_REQUIRED", LiveActivityEndpoint.Register, typeof(LiveActivityException) },
        { 400, "REQUEST_INVALID", LiveActivityEndpoint.Start, typeof(LiveActivityValidationException) },
        { 400, "ACTIVITY_TYPE_REQUIRED", LiveActivityEndpoint.Register, typeof(LiveActivityValidationException) },
        { 400, "ACTIVITY_ID_REQUIRED", LiveActivityEndpoint.AddUsers, typeof(LiveActivityValidationException) },
        { 400, "INSIDER_IDS_OUT_OF_RANGE", LiveActivityEndpoint.RemoveUsers, typeof(LiveActivityValidationException) },
        { 400, "ENDS_AT_IN_PAST", LiveActivityEndpoint.Register, typeof(LiveActivityValidationException) },
        { 400, "ENDS_AT_TOO_SOON", LiveActivityEndpoint.Register, typeof(LiveActivityValidationException) },
        { 400, "ENDS_AT_TOO_FAR", LiveActivityEndpoint.Register, typeof(LiveActivityValidationException) },
        { 400, "TARGET_DEVICES_INVALID", LiveActivityEndpoint.End, typeof(LiveActivityValidationException) },
        { 401, null, LiveActivityEndpoint.Start, typeof(LiveActivityAuthenticationException) },
        { 403, "LIVE_ACTIVITY_DISABLED", LiveActivityEndpoint.Register, typeof(LiveActivityDisabledException) },
        { 404, "APP_NOT_FOUND", LiveActivityEndpoint.Update, typeof(LiveActivityException) },
        { 404, "NOT_FOUND", LiveActivityEndpoint.End, typeof(ActivityNotFoundException) },
        { 404, "PROFILE_NOT_FOUND", LiveActivityEndpoint.Register, typeof(LiveActivityException) },
        { 409, "ALREADY_STARTED", LiveActivityEndpoint.Start, typeof(ActivityAlreadyStartedException) },
        { 412, "APNS_CERT_MISSING", LiveActivityEndpoint.Start, typeof(ApnsCertificateException) },
        { 412, "APNS_CERT_TYPE_UNSUPPORTED", LiveActivityEndpoint.Update, typeof(ApnsCertificateException) },
        { 412, "PUSH_TOKEN_NOT_SYNCED", LiveActivityEndpoint.End, typeof(PushTokenNotSyncedException) },
        { 422, "NO_ELIGIBLE_DEVICE", LiveActivityEndpoint.AddUsers, typeof(NoEligibleDeviceException) },
        { 429, null, LiveActivityEndpoint.Update, typeof(LiveActivityRateLimitException) },
        { 502, "UPSTREAM_UNAVAILABLE", LiveActivityEndpoint.Start, typeof(LiveActivityServiceUnavailableException) },
        { 503, null, LiveActivityEndpoint.RemoveUsers, typeof(LiveActivityServiceUnavailableException) },
    };

    /// <summary>Answers with no documented code: mapped by status, or to the base type.</summary>
    public static TheoryData<int, string, string, Type> UndocumentedAnswers => new()
    {
        { 401, "text/html", "<html><body>401 Unauthorized</body></html>", typeof(LiveActivityAuthenticationException) },
        { 403, "application/json", """{"error":"forbidden"}""", typeof(LiveActivityDisabledException) },
        { 429, "text/plain", "slow down", typeof(LiveActivityRateLimitException) },
        { 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", typeof(LiveActivityServiceUnavailableException) },
        { 503, "application/json", """{"error":"maintenance","code":"SOMETHING_NEW"}""", typeof(LiveActivityServiceUnavailableException) },
        { 400, "application/json", """{"error":"a new rule","code":"SOMETHING_NEW"}""", typeof(LiveActivityException) },
        { 404, "text/html", "<html>not here</html>", typeof(LiveActivityException) },
        { 500, "application/json", """{"error":"boom"}""", typeof(LiveActivityException) },
        { 418, "application/json", "not json at all {", typeof(LiveActivityException) },
    };

    [Theory]
    [MemberData(nameof(ErrorCodeTable))]
    public async Task Call_DocumentedErrorCode_ThrowsDocumentedType(int status, string? code, LiveActivityEndpoint endpoint, Type expected)
    {
        var reply = code is null ? ScriptedReply.Empty(status) : ScriptedReply.Error(status, code, "human readable " + status);
        var scope = server.CreateScope().Always(endpoint, reply);
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowAsync<LiveActivityException>()).Which;
        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorCode.Should().Be(code);
        error.Endpoint.Should().Be(endpoint);
        error.ActivityId.Should().Be(Endpoints.ActivityIdOf(endpoint));
        error.Attempts.Should().Be(1);
        if (code is not null)
        {
            error.Message.Should().Contain("human readable " + status);
        }
    }

    [Theory]
    [MemberData(nameof(UndocumentedAnswers))]
    public async Task Call_AnswerWithoutDocumentedCode_MapsByStatus(int status, string contentType, string body, Type expected)
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, ScriptedReply.Text(status, body, contentType));
        var sut = scope.CreateClient();

        var act = () => sut.StartAsync(Endpoints.Start());

        var error = (await act.Should().ThrowAsync<LiveActivityException>()).Which;
        error.Should().BeOfType(expected);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.Message.Should().Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Call_UnknownCode_KeepsCodeOnBaseException()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Error(409, "BRAND_NEW_CODE", "something new"));
        var sut = scope.CreateClient();

        var act = () => sut.UpdateAsync(Endpoints.Update());

        var error = (await act.Should().ThrowAsync<LiveActivityException>()).Which;
        error.Should().BeOfType<LiveActivityException>();
        error.ErrorCode.Should().Be("BRAND_NEW_CODE");
        error.StatusCode.Should().Be(HttpStatusCode.Conflict);
        error.Message.Should().Contain("something new");
    }

    [Fact]
    public async Task RegisterAsync_NoEligibleDeviceSample_CarriesSkippedAndGdprDetails()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Json(422, """
            {"error":"no eligible device found for the given insider_ids","code":"NO_ELIGIBLE_DEVICE",
             "skipped":{"push_permission_disabled":35,"unsupported_platform":10,"unsupported_os_version":5,"push_to_start_token_missing":0,"user_not_found":0},
             "gdpr_denied_details":[{"insider_id":"user-A","devices_count":1},{"insider_id":"user-B","devices_count":1}]}
            """));
        var sut = scope.CreateClient();

        var act = () => sut.RegisterAsync(Endpoints.Register());

        var error = (await act.Should().ThrowExactlyAsync<NoEligibleDeviceException>()).Which;
        error.Skipped.Should().Be(new SkippedDevices { PushPermissionDisabled = 35, UnsupportedPlatform = 10, UnsupportedOsVersion = 5 });
        error.GdprDeniedDetails.Should().Equal(
            new GdprDeniedInsider { InsiderId = "user-A", DevicesCount = 1 }, new GdprDeniedInsider { InsiderId = "user-B", DevicesCount = 1 });
        error.Message.Should().Contain("no eligible device found");
        error.IsSafeToRetry.Should().BeFalse();
    }

    [Fact]
    public async Task AddUsersAsync_NoEligibleDeviceWithoutDetails_HasEmptyBreakdown()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.AddUsers, ScriptedReply.Error(422, "NO_ELIGIBLE_DEVICE"));
        var sut = scope.CreateClient();

        var act = () => sut.AddUsersAsync(Endpoints.AddUsers());

        var error = (await act.Should().ThrowExactlyAsync<NoEligibleDeviceException>()).Which;
        error.Skipped.Should().Be(SkippedDevices.None);
        error.GdprDeniedDetails.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_409AlreadyStartedSample_ThrowsAlreadyStarted()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, ScriptedReply.Json(409, """{"error":"activity already started","code":"ALREADY_STARTED"}"""));
        var sut = scope.CreateClient();

        var act = () => sut.StartAsync(Endpoints.Start());

        (await act.Should().ThrowExactlyAsync<ActivityAlreadyStartedException>()).Which.Message.Should().Contain("activity already started");
    }

    [Fact]
    public async Task RateLimit_RetryAfterHeader_IsExposed()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, ScriptedReply.Empty(429).WithHeader("Retry-After", "17"));
        var sut = scope.CreateClient();

        var act = () => sut.StartAsync(Endpoints.Start());

        (await act.Should().ThrowExactlyAsync<LiveActivityRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(17));
    }

    [Fact]
    public async Task RateLimit_NoRetryAfterHeader_HasNullRetryAfter()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.End, ScriptedReply.Empty(429));
        var sut = scope.CreateClient();

        var act = () => sut.EndAsync(Endpoints.End());

        (await act.Should().ThrowExactlyAsync<LiveActivityRateLimitException>()).Which.RetryAfter.Should().BeNull();
    }
}
