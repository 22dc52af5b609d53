using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// When a step cannot be taken (docs/orchestration.md, "Durability", "Errors"): no request is sent whose intent could not be stored;
/// the activity is tried again after <c>RetryDelay</c>, whatever stopped it (a store outage, another writer, a fault); an
/// authentication pause is logged once until a request succeeds again.
/// </summary>
public sealed class RetryRulesTests
{
    private static readonly DateTimeOffset StartAt = T0 + TimeSpan.FromHours(2);
    private static readonly DateTimeOffset RegisterAt = StartAt - TimeSpan.FromMinutes(30);

    public static TheoryData<string, Func<Exception>> StoreFailures => new()
    {
        { "StoreUnavailable", () => new LiveActivityStoreUnavailableException("the store is down") },
        { "UnexpectedFailure", () => new LiveActivityStoreConflictException("another writer saved first") },
        { "UnexpectedFailure", () => new InvalidOperationException("a fault of the store") },
    };

    [Theory]
    [MemberData(nameof(StoreFailures))]
    public async Task A_register_whose_intent_cannot_be_stored_is_not_sent_and_is_tried_again_after_the_retry_delay(string logged, Func<Exception> failure)
    {
        var store = new FailingStore();
        await using var h = new OrchestratorHarness(store: store);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1", StartAt));
        var failed = 0;
        store.FailSave = r => r.Intent == LiveActivityOperation.Register && failed++ == 0 ? failure() : null;

        await h.RunUntilAsync(RegisterAt + TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        h.Requests(EmulatorEndpoint.Register, status: null).Should().BeEmpty("nothing is sent whose intent was not stored");
        h.Logger.Count(logged).Should().Be(1);

        await h.RunUntilAsync(StartAt);
        h.Requests(EmulatorEndpoint.Register).Should().ContainSingle().Which.Timestamp.Should().Be(RegisterAt + TimeSpan.FromSeconds(5));
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Started);
    }

    [Fact]
    public async Task An_authentication_pause_is_logged_again_after_a_request_succeeded_in_between()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.Status(System.Net.HttpStatusCode.Unauthorized));
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.RunForAsync(TimeSpan.FromMinutes(2));
        (await h.Orchestrator.GetStatusAsync("a"))!.State.Should().Be(LiveActivityState.Started);

        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.Status(System.Net.HttpStatusCode.Unauthorized));
        await h.Orchestrator.PlanAsync(Plan("b"));
        await h.RunForAsync(TimeSpan.FromMinutes(2));

        h.Logger.Count("AuthenticationPaused").Should().Be(2, "the first pause ended with a success; the second is a new outage");
        (await h.Orchestrator.GetStatusAsync("b"))!.State.Should().Be(LiveActivityState.Started);
    }
}
