// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Every message for a documented code ends with the error table's "Suggested Fix" for that code, in short sentences, never with the key.</summary>
public sealed class ErrorAdviceTests(ScriptedServer server, KestrelStub kestrel) : IClassFixture<ScriptedServer>, IClassFixture<KestrelStub>
{
    private const string Key = "advice-test-key-3f9a";
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);

    /// <summary>HTTP status, code (null: empty body), an endpoint the row documents, the table's suggested fix.</summary>
    public static TheoryData<int, string?, LiveActivityEndpoint, string> SuggestedFixes => new()
    {
        { 400, "VALIDATION_FAILED", LiveActivityEndpoint.Update, "Read the message, fix the body." },
        { 400, "PARTNER_REQUIRED", LiveActivityEndpoint.Register, "Check/renew the API key." },
        { 400, "REQUEST_INVALID", LiveActivityEndpoint.Start, "Add/check the JSON body." },
        { 400, "ACTIVITY_TYPE_REQUIRED", LiveActivityEndpoint.Register, "Add the field." },
        { 400, "ACTIVITY_ID_REQUIRED", LiveActivityEndpoint.AddUsers, "Use the ID from the /register response." },
        { 400, "INSIDER_IDS_OUT_OF_RANGE", LiveActivityEndpoint.RemoveUsers, "Narrow the segment size." },
        { 400, "ENDS_AT_IN_PAST", LiveActivityEndpoint.Register, "Use a future time." },
        { 400, "ENDS_AT_TOO_SOON", LiveActivityEndpoint.Register, "Use a time ≥ 5 minutes in the future." },
        { 400, "ENDS_AT_TOO_FAR", LiveActivityEndpoint.Register, "Use a time ≤ 7 days in the future." },
        { 400, "TARGET_DEVICES_INVALID", LiveActivityEndpoint.End, "Fill in both for every element." },
        { 401, null, LiveActivityEndpoint.Start, "Renew or authorize the API key." },
        { 403, "LIVE_ACTIVITY_DISABLED", LiveActivityEndpoint.Register, "Request activation from your CSM (requires AOO budget)." },
        { 404, "APP_NOT_FOUND", LiveActivityEndpoint.Update, "Use the correct partner key." },
        { 404, "NOT_FOUND", LiveActivityEndpoint.End, "Issue a new /register, use the returned ID." },
        { 404, "PROFILE_NOT_FOUND", LiveActivityEndpoint.Register, "Verify the ID." },
        { 409, "ALREADY_STARTED", LiveActivityEndpoint.Start, "Call /end and re-register, call /start exactly once." },
        { 412, "APNS_CERT_MISSING", LiveActivityEndpoint.Start, "Upload the .p8 certificate to Insider (coordinate with CSM)." },
        { 412, "APNS_CERT_TYPE_UNSUPPORTED", LiveActivityEndpoint.Update, "Switch to a .p8 certificate." },
        { 412, "PUSH_TOKEN_NOT_SYNCED", LiveActivityEndpoint.End, "Wait a few seconds and retry." },
        { 422, "NO_ELIGIBLE_DEVICE", LiveActivityEndpoint.AddUsers, "Check the skipped and gdpr_denied_details in the body, adjust the segment." },
        { 429, null, LiveActivityEndpoint.Update, "Apply backoff, retry." },
        { 502, "UPSTREAM_UNAVAILABLE", LiveActivityEndpoint.Start, "Retry; if it persists, contact Insider." },
        { 503, null, LiveActivityEndpoint.RemoveUsers, "Retry; if it persists, contact Insider." },
    };

    [Theory]
    [MemberData(nameof(SuggestedFixes))]
    public async Task Call_DocumentedCode_MessageEndsWithTheSuggestedFix(int status, string? code, LiveActivityEndpoint endpoint, string fix)
    {
        var reply = code is null ? ScriptedReply.Empty(status) : ScriptedReply.Error(status, code, "what the API said");
        var sut = server.CreateScope().Always(endpoint, reply).CreateClient(o => { o.Retry.MaxRetries = 0; o.ApiKey = Key; });

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var message = (await act.Should().ThrowAsync<LiveActivityException>()).Which.Message;
        message.Should().EndWith(" " + fix);
        message.Should().NotContain(Key).And.NotContain("..").And.NotContain("''").And.NotContain("()");
        if (code is not null)
        {
            message.Should().StartWith("what the API said (HTTP " + status).And.Contain(code);
        }
    }

    public static TheoryData<string, string> ClientSideRejections => new()
    {
        { "ENDS_AT_IN_PAST", "Use a future time." },
        { "ENDS_AT_TOO_SOON", "Use a time ≥ 5 minutes in the future." },
        { "ENDS_AT_TOO_FAR", "Use a time ≤ 7 days in the future." },
        { "ACTIVITY_TYPE_REQUIRED", "Add the field." },
        { "INSIDER_IDS_OUT_OF_RANGE", "Narrow the segment size." },
    };

    [Theory]
    [MemberData(nameof(ClientSideRejections))]
    public async Task Register_RejectedBeforeSending_MessageEndsWithTheSuggestedFix(string code, string fix)
    {
        var sut = server.CreateScope().CreateClient(o => o.ApiKey = Key, timeProvider: new FakeTimeProvider(Now));
        var request = code switch
        {
            "ENDS_AT_IN_PAST" => Endpoints.Register(Now) with { EndsAt = Now.AddMinutes(-1) },
            "ENDS_AT_TOO_SOON" => Endpoints.Register(Now) with { EndsAt = Now.AddMinutes(4) },
            "ENDS_AT_TOO_FAR" => Endpoints.Register(Now) with { EndsAt = Now.AddDays(8) },
            "ACTIVITY_TYPE_REQUIRED" => Endpoints.Register(Now) with { ActivityType = " " },
            _ => Endpoints.Register(Now) with { InsiderIds = [] },
        };

        var error = (await sut.Awaiting(c => c.RegisterAsync(request)).Should().ThrowAsync<LiveActivityValidationException>()).Which;

        error.ErrorCode.Should().Be(code);
        error.Message.Should().Contain(code + ": rejected by the client before sending /register.").And.EndWith(" " + fix);
    }

    [Theory]
    [MemberData(nameof(Endpoints.NonIdempotentData), MemberType = typeof(Endpoints))]
    public async Task OutcomeUnknown_Message_NamesReconcileUnknownOutcomes(LiveActivityEndpoint endpoint)
    {
        var sut = kestrel.CreateScope().Always(endpoint, ScriptedReply.Drop()).CreateClient(o => o.ApiKey = Key); // a dropped connection needs the Kestrel stub

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var message = (await act.Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which.Message;
        message.Should().Contain("LiveActivityOptions.ReconcileUnknownOutcomes").And.Contain("outcome is unknown").And.NotContain(Key);
        message.Split(". ").Should().OnlyContain(sentence => sentence.Length < 160, "messages are short sentences");
    }
}
