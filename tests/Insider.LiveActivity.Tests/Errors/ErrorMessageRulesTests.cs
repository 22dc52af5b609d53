// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// The message of a failed answer carries what the API's "Error logging recommendation" lists (the HTTP status, the code and
/// error fields, the activity id, the retry counter), the table's meaning when the answer has no body, and the suggested fix.
/// </summary>
public sealed class ErrorMessageRulesTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const string Id = Endpoints.ActivityId;

    /// <summary>Endpoint, status, code, retries allowed, the whole message expected.</summary>
    public static TheoryData<LiveActivityEndpoint, int, string, int, string> LoggedFields => new()
    {
        { LiveActivityEndpoint.Register, 400, "VALIDATION_FAILED", 0, "the error text (HTTP 400 VALIDATION_FAILED from /register, after 1 attempt). Read the message, fix the body." },
        { LiveActivityEndpoint.AddUsers, 409, "ALREADY_STARTED", 0, $"the error text (HTTP 409 ALREADY_STARTED from /add-users, activity {Id}, after 1 attempt). Call /end and re-register, call /start exactly once." },
        { LiveActivityEndpoint.RemoveUsers, 404, "NOT_FOUND", 0, $"the error text (HTTP 404 NOT_FOUND from /remove-users, activity {Id}, after 1 attempt). Issue a new /register, use the returned ID." },
        { LiveActivityEndpoint.Start, 412, "APNS_CERT_MISSING", 0, $"the error text (HTTP 412 APNS_CERT_MISSING from /start, activity {Id}, after 1 attempt). Upload the .p8 certificate to Insider (coordinate with CSM)." },
        { LiveActivityEndpoint.Update, 412, "PUSH_TOKEN_NOT_SYNCED", 2, $"the error text (HTTP 412 PUSH_TOKEN_NOT_SYNCED from /update, activity {Id}, after 3 attempts). Wait a few seconds and retry." },
        { LiveActivityEndpoint.End, 404, "NOT_FOUND", 0, $"the error text (HTTP 404 NOT_FOUND from /end, activity {Id}, after 1 attempt). Issue a new /register, use the returned ID." },
    };

    [Theory]
    [MemberData(nameof(LoggedFields))]
    public async Task FailedAnswer_MessageCarriesStatusCodeErrorEndpointActivityAndAttemptCount_ThenTheFix(
        LiveActivityEndpoint endpoint, int status, string code, int retries, string expected)
    {
        var sut = server.CreateScope().Always(endpoint, ScriptedReply.Error(status, code, "the error text."))
            .CreateClient(o => { o.Retry.MaxRetries = retries; o.Retry.BaseDelay = TimeSpan.Zero; o.Retry.UseJitter = false; });

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        (await act.Should().ThrowAsync<LiveActivityException>()).Which.Message.Should().Be(expected);
    }

    /// <summary>Status of an answer without a body, and the error table's meaning (or, for an undocumented status, that no code came).</summary>
    public static TheoryData<int, string> MeaningOfBodilessAnswers => new()
    {
        { 401, "The API key is missing, invalid or not authorized for Live Activities" },
        { 403, "Live Activities is not enabled for this account" },
        { 429, "Rate limit exceeded (1,000 requests per minute per API key and endpoint)" },
        { 502, "Transient error on Insider's side" },
        { 503, "Insider's authorization layer is temporarily unreachable" },
        { 500, "The API answered with an error and no error code" },
    };

    [Theory]
    [MemberData(nameof(MeaningOfBodilessAnswers))]
    public async Task AnswerWithoutBody_MessageStatesTheTablesMeaning_AndNamesNoBody(int status, string meaning)
    {
        // An empty body says nothing about its media type, even when a Content-Type header came with it.
        var sut = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Text(status, string.Empty, "text/html"))
            .CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        var message = (await act.Should().ThrowAsync<LiveActivityException>()).Which.Message;
        message.Should().StartWith($"{meaning} (HTTP {status.ToString(CultureInfo.InvariantCulture)} from /update, activity {Id}, after 1 attempt).");
        message.Should().NotContain("non-JSON");
    }

    [Fact]
    public async Task NonJsonErrorBody_MessageNamesItsMediaType()
    {
        var sut = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Text(502, "<html><h1>502 Bad Gateway</h1></html>", "text/html"))
            .CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        (await act.Should().ThrowAsync<LiveActivityServiceUnavailableException>()).Which.Message
            .Should().StartWith($"Transient error on Insider's side (non-JSON body: text/html) (HTTP 502 from /update, activity {Id}, after 1 attempt).");
    }

    [Fact]
    public async Task JsonErrorBodyWithoutErrorText_MessageGivesTheMeaning_WithoutCallingTheBodyNonJson()
    {
        var sut = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Json(500, "{}"))
            .CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which.Message
            .Should().Be($"The API answered with an error and no error code (HTTP 500 from /update, activity {Id}, after 1 attempt).");
    }

    /// <summary>A code whose row documents no specific exception, sent with a status whose own mapping is specific.</summary>
    public static TheoryData<int, string> BaseTypeCodesUnderSpecificStatuses => new()
    {
        { 401, "PARTNER_REQUIRED" },
        { 403, "APP_NOT_FOUND" },
        { 503, "PROFILE_NOT_FOUND" },
    };

    [Theory]
    [MemberData(nameof(BaseTypeCodesUnderSpecificStatuses))]
    public async Task TheCodeDecidesTheType_NotTheStatus(int status, string code)
    {
        var sut = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Error(status, code))
            .CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which.ErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task ErrorTextEchoingTheApiKey_KeepsItsWords_WithTheKeyMasked()
    {
        var sut = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Error(400, "PARTNER_REQUIRED", $"api key {ServerScope.ApiKey} is not bound to a partner"))
            .CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => sut.RegisterAsync(Endpoints.Register());

        (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which.Message
            .Should().StartWith("api key *** is not bound to a partner (HTTP 400 PARTNER_REQUIRED from /register");
    }

    [Fact]
    public async Task SuccessStatusWithAnEmptyUntypedBody_SaysTheBodyIsNotTheDocumentedJson_WithoutAnEmptyMediaType()
    {
        var handler = new StubHandler((_, _, _) => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent([]) }));
        var sut = handler.CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which.Message
            .Should().Be($"The response body is not the documented JSON (HTTP 200 from /update, activity {Id}, after 1 attempt).");
    }
}
