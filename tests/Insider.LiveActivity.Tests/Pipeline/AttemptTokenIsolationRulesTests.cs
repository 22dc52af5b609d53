// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// A caller's token governs its own call only: once a call has ended, cancelling the token it was given never cancels a
/// later call of the same client (on the system clock the per-attempt timeout reuses its token sources).
/// </summary>
public sealed class AttemptTokenIsolationRulesTests
{
    [Theory]
    [InlineData(LiveActivityEndpoint.Update)]
    [InlineData(LiveActivityEndpoint.Start)]
    public async Task CancellingAnEndedCallsToken_DuringALaterCall_LeavesTheLaterCallAlone(LiveActivityEndpoint endpoint)
    {
        using var earlier = new CancellationTokenSource();
        var laterAttemptCanceled = false;
        var handler = new StubHandler(async (n, _, token) =>
        {
            if (n == 2)
            {
                await earlier.CancelAsync();
                laterAttemptCanceled = token.IsCancellationRequested;
            }

            return StubHandler.Json(200, Endpoints.SuccessBody(endpoint));
        });
        var sut = handler.CreateClient(o => { o.Timeout = TimeSpan.FromMinutes(5); o.Retry.MaxRetries = 0; });

        await Endpoints.InvokeAsync(sut, endpoint, cancellationToken: earlier.Token);
        var later = await Endpoints.InvokeAsync(sut, endpoint);

        later.Should().NotBeNull();
        laterAttemptCanceled.Should().BeFalse("the earlier call's token was released when that call ended");
        handler.Calls.Should().Be(2);
    }
}
