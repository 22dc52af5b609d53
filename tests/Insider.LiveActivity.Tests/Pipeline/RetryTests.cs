// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>Every row of the retry table on every endpoint, counted in requests the server received.</summary>
public sealed class RetryTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private const int MaxRetries = 2;

    /// <summary>A row of the retry table: status, code, whether it is retried on idempotent endpoints, and whether it is safe on start/end.</summary>
    public static readonly (int Status, string? Code, bool Retried, bool SafeOnNonIdempotent, Type Type)[] Table =
    [
        (400, "VALIDATION_FAILED", false, false, typeof(LiveActivityValidationException)),
        (401, null, false, false, typeof(LiveActivityAuthenticationException)),
        (403, "LIVE_ACTIVITY_DISABLED", false, false, typeof(LiveActivityDisabledException)),
        (404, "NOT_FOUND", false, false, typeof(ActivityNotFoundException)),
        (409, "ALREADY_STARTED", false, false, typeof(ActivityAlreadyStartedException)),
        (412, "APNS_CERT_MISSING", false, false, typeof(ApnsCertificateException)),
        (412, "APNS_CERT_TYPE_UNSUPPORTED", false, false, typeof(ApnsCertificateException)),
        (412, "PUSH_TOKEN_NOT_SYNCED", true, true, typeof(PushTokenNotSyncedException)),
        (422, "NO_ELIGIBLE_DEVICE", false, false, typeof(NoEligibleDeviceException)),
        (429, null, true, true, typeof(LiveActivityRateLimitException)),
        (502, "UPSTREAM_UNAVAILABLE", true, false, typeof(LiveActivityServiceUnavailableException)),
        (503, null, true, true, typeof(LiveActivityServiceUnavailableException)),
    ];

    public static TheoryData<LiveActivityEndpoint, int> TableByEndpoint
    {
        get
        {
            var data = new TheoryData<LiveActivityEndpoint, int>();
            foreach (var endpoint in Endpoints.All)
            {
                for (var row = 0; row < Table.Length; row++)
                {
                    data.Add(endpoint, row);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TableByEndpoint))]
    public async Task Call_RetryTableRow_RetriesOnlyDocumentedCasesOnIdempotentEndpoints(LiveActivityEndpoint endpoint, int row)
    {
        var (status, code, retried, safeOnNonIdempotent, type) = Table[row];
        var reply = code is null ? ScriptedReply.Empty(status) : ScriptedReply.Error(status, code);
        var scope = server.CreateScope().Always(endpoint, reply);
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = MaxRetries);
        var idempotent = Endpoints.IsIdempotent(endpoint);
        var expectedRequests = retried && idempotent ? MaxRetries + 1 : 1;

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowAsync<LiveActivityException>()).Which;
        error.Should().BeOfType(type);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        scope.RequestsTo(endpoint).Should().HaveCount(expectedRequests);
        error.Attempts.Should().Be(expectedRequests);
        error.IsSafeToRetry.Should().Be(idempotent ? retried : safeOnNonIdempotent);
    }

    [Theory]
    [MemberData(nameof(Endpoints.IdempotentData), MemberType = typeof(Endpoints))]
    public async Task IdempotentCall_TransientFailuresThenSuccess_ReturnsResult(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Enqueue(endpoint,
            ScriptedReply.Empty(503), ScriptedReply.Empty(429), ScriptedReply.Error(502, "UPSTREAM_UNAVAILABLE"),
            ScriptedReply.Error(412, "PUSH_TOKEN_NOT_SYNCED"), Endpoints.Success(endpoint));
        var sut = scope.CreateClient();

        var result = await Endpoints.InvokeAsync(sut, endpoint);

        result.Should().NotBeNull();
        scope.RequestsTo(endpoint).Should().HaveCount(5);
        scope.RequestsTo(endpoint).Select(r => r.Body).Distinct().Should().HaveCount(1, "every retry sends the same body");
    }

    [Theory]
    [MemberData(nameof(Endpoints.NonIdempotentData), MemberType = typeof(Endpoints))]
    public async Task NonIdempotentCall_TransientFailure_IsNeverRetried(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Enqueue(endpoint, ScriptedReply.Empty(503), Endpoints.Success(endpoint));
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 4);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        (await act.Should().ThrowExactlyAsync<LiveActivityServiceUnavailableException>()).Which.Attempts.Should().Be(1);
        scope.RequestsTo(endpoint).Should().HaveCount(1);
    }

    [Fact]
    public async Task Register_DefaultMaxRetries_MakesFiveAttempts()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Empty(503));
        var sut = scope.CreateClient();

        var act = () => sut.RegisterAsync(Endpoints.Register());

        (await act.Should().ThrowExactlyAsync<LiveActivityServiceUnavailableException>()).Which.Attempts.Should().Be(5);
        scope.Requests.Should().HaveCount(5);
    }

    [Theory]
    [MemberData(nameof(Endpoints.IdempotentData), MemberType = typeof(Endpoints))]
    public async Task IdempotentCall_MaxRetriesZero_SendsOnce(LiveActivityEndpoint endpoint)
    {
        var scope = server.CreateScope().Always(endpoint, ScriptedReply.Empty(429));
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 0);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityRateLimitException>()).Which;
        error.Attempts.Should().Be(1);
        error.IsSafeToRetry.Should().BeTrue();
        scope.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Update_RetriesExhausted_ThrowsTypeOfLastAttempt()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update,
            ScriptedReply.Empty(503), ScriptedReply.Empty(429), ScriptedReply.Error(412, "PUSH_TOKEN_NOT_SYNCED", "push tokens are not synced yet"));
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 2);

        var act = () => sut.UpdateAsync(Endpoints.Update());

        var error = (await act.Should().ThrowExactlyAsync<PushTokenNotSyncedException>()).Which;
        error.Attempts.Should().Be(3);
        error.ErrorCode.Should().Be("PUSH_TOKEN_NOT_SYNCED");
        error.ActivityId.Should().Be(Endpoints.ActivityId);
        error.IsSafeToRetry.Should().BeTrue();
    }

    [Fact]
    public async Task Update_RetryThenNonRetryableAnswer_StopsAtOnce()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Update, ScriptedReply.Empty(503), ScriptedReply.Error(404, "NOT_FOUND"));
        var sut = scope.CreateClient();

        var act = () => sut.UpdateAsync(Endpoints.Update());

        (await act.Should().ThrowExactlyAsync<ActivityNotFoundException>()).Which.Attempts.Should().Be(2);
        scope.Requests.Should().HaveCount(2);
    }
}
