// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// Reconciliation (LiveActivityOptions.ReconcileUnknownOutcomes) follows the API's retry warning to the letter: only 409
/// ALREADY_STARTED on /start and 404 NOT_FOUND on /end prove the first send landed; any other answer to the second send
/// leaves the outcome unknown. A failed call logs one error, except the first send that reconciliation will check.
/// </summary>
public sealed class ReconciliationRulesTests(KestrelStub kestrel) : IClassFixture<KestrelStub>
{
    /// <summary>Endpoint, and an answer to the second send that proves nothing about the first.</summary>
    public static TheoryData<LiveActivityEndpoint, int, string?> AnswersThatProveNothing => new()
    {
        { LiveActivityEndpoint.Start, 404, "NOT_FOUND" },
        { LiveActivityEndpoint.Start, 503, null },
        { LiveActivityEndpoint.End, 409, "ALREADY_STARTED" },
        { LiveActivityEndpoint.End, 503, null },
        { LiveActivityEndpoint.End, 412, "APNS_CERT_MISSING" },
    };

    [Theory]
    [MemberData(nameof(AnswersThatProveNothing))]
    public async Task SecondSendAnsweredWithAnythingButTheEndpointsProof_LeavesTheOutcomeUnknown_AndLogsOneError(LiveActivityEndpoint endpoint, int status, string? code)
    {
        var logs = new FakeLogger();
        var second = code is null ? ScriptedReply.Empty(status) : ScriptedReply.Error(status, code);
        var scope = kestrel.CreateScope().Enqueue(endpoint, ScriptedReply.Drop(), second);
        var sut = scope.CreateClient(o => o.ReconcileUnknownOutcomes = true, logs);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;
        error.IsSafeToRetry.Should().BeFalse();
        error.Attempts.Should().Be(2);
        scope.RequestsTo(endpoint).Should().HaveCount(2);
        var entries = logs.Collector.GetSnapshot();
        entries.Should().NotContain(e => e.Id.Name == "Reconciled");
        entries.Where(e => e.Level >= LogLevel.Error).Should().ContainSingle().Which.Id.Name.Should().Be("CallFailed");
    }

    [Theory]
    [MemberData(nameof(Endpoints.NonIdempotentData), MemberType = typeof(Endpoints))]
    public async Task FirstSendWithAKnownOutcome_IsNotReconciled_AndLogsAsAFailure(LiveActivityEndpoint endpoint)
    {
        var logs = new FakeLogger();
        var scope = kestrel.CreateScope().Always(endpoint, ScriptedReply.Error(400, "VALIDATION_FAILED"));
        var sut = scope.CreateClient(o => o.ReconcileUnknownOutcomes = true, logs);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        await act.Should().ThrowExactlyAsync<LiveActivityValidationException>();
        scope.RequestsTo(endpoint).Should().ContainSingle();
        var entries = logs.Collector.GetSnapshot();
        entries.Should().NotContain(e => e.Id.Name == "OutcomeUnknownReconciling");
        entries.Where(e => e.Level >= LogLevel.Error).Should().ContainSingle().Which.Id.Name.Should().Be("CallFailed");
    }

    [Theory]
    [MemberData(nameof(Endpoints.NonIdempotentData), MemberType = typeof(Endpoints))]
    public async Task UnknownOutcomeWithReconciliationOff_LogsAsAFailure_NotAsReconciling(LiveActivityEndpoint endpoint)
    {
        var logs = new FakeLogger();
        var scope = kestrel.CreateScope().Always(endpoint, ScriptedReply.Drop());
        var sut = scope.CreateClient(o => o.ReconcileUnknownOutcomes = false, logs);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        await act.Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>();
        var entries = logs.Collector.GetSnapshot();
        entries.Should().NotContain(e => e.Id.Name == "OutcomeUnknownReconciling");
        entries.Where(e => e.Level >= LogLevel.Error).Should().ContainSingle().Which.Id.Name.Should().Be("CallFailed");
    }
}
