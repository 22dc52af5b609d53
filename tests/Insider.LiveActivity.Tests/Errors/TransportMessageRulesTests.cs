// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// A call that got no usable answer says how it failed and why (the cause's own words), and for /start and /end the API's
/// retry warning: the first send may have landed, and a replay answers 409 ALREADY_STARTED (/start) or 404 NOT_FOUND (/end).
/// </summary>
public sealed class TransportMessageRulesTests(KestrelStub kestrel) : IClassFixture<KestrelStub>
{
    private const string Id = Endpoints.ActivityId;

    [Theory]
    [InlineData(LiveActivityEndpoint.Start, "A replayed /start answers 409 ALREADY_STARTED if the first one landed.")]
    [InlineData(LiveActivityEndpoint.End, "A replayed /end answers 404 NOT_FOUND if the first one landed.")]
    public async Task DroppedNonIdempotentCall_MessageGivesTheCauseAndTheReplayWarningOfItsEndpoint(LiveActivityEndpoint endpoint, string warning)
    {
        var scope = kestrel.CreateScope().Always(endpoint, ScriptedReply.Drop());
        var sut = scope.CreateClient();

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityOutcomeUnknownException>()).Which;
        var cause = error.InnerException!.Message.TrimEnd().TrimEnd('.');
        var path = endpoint == LiveActivityEndpoint.Start ? "/start" : "/end";
        error.Message.Should().Be(
            $"{path} of activity {Id} failed in transport ({cause}). It may have reached the server, so its outcome is unknown. It was not retried. " +
            $"{warning} Check before retrying, or set LiveActivityOptions.ReconcileUnknownOutcomes to let the client check.");
    }

    [Theory]
    [InlineData(LiveActivityEndpoint.Update, 2, $"/update failed in transport ({{0}}) after 3 attempts, activity {Id}.")]
    [InlineData(LiveActivityEndpoint.Register, 0, "/register failed in transport ({0}) after 1 attempt.")]
    public async Task DroppedIdempotentCall_MessageGivesTheCauseAttemptCountAndActivity(LiveActivityEndpoint endpoint, int retries, string expected)
    {
        var scope = kestrel.CreateScope().Always(endpoint, ScriptedReply.Drop());
        var sut = scope.CreateClient(o => { o.Retry.MaxRetries = retries; o.Retry.BaseDelay = TimeSpan.Zero; o.Retry.UseJitter = false; });

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowExactlyAsync<LiveActivityException>()).Which;
        var cause = error.InnerException!.Message.TrimEnd().TrimEnd('.');
        error.Message.Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, cause));
        cause.Should().NotBeEmpty("the cause's own words say what broke");
    }
}
