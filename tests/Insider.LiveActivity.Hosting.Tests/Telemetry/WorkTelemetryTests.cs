using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Telemetry;

/// <summary>
/// Each unit of work is a span <c>orchestrate {operation}</c> tagged with the activity's key, failed with the exception's type when
/// the API rejected it; the requests counter counts it by operation and outcome, the failed counter the activities the API rejected.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class WorkTelemetryTests
{
    [Fact]
    public async Task Every_request_is_a_span_and_a_count_by_operation_and_outcome_and_a_rejected_activity_counts_as_failed()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == LiveActivityTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => spans.Enqueue(a),
        };
        ActivitySource.AddActivityListener(spanListener);
        var counts = new ConcurrentQueue<(string Name, string? Operation, string? Outcome)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name is "live_activity.orchestrator.requests" or "live_activity.orchestrator.failed")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<long>((i, _, tags, _) => counts.Enqueue((i.Name, Tag(tags, "live_activity.operation"), Tag(tags, "outcome"))));
        meterListener.Start();

        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        var key = "telemetry-" + Guid.NewGuid().ToString("N");
        h.Emulator.Faults.Enqueue(EmulatorEndpoint.Start, EmulatorFault.Status(System.Net.HttpStatusCode.Conflict, "ALREADY_STARTED", "already started"));
        await h.Orchestrator.PlanAsync(Plan(key));
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        (await h.Orchestrator.GetStatusAsync(key))!.State.Should().Be(LiveActivityState.Failed);
        var mine = spans.Where(s => s.OperationName.StartsWith("orchestrate ", StringComparison.Ordinal) && (string?)s.GetTagItem("live_activity.key") == key).ToList();
        mine.Should().ContainSingle(s => s.OperationName == "orchestrate register").Which.Status.Should().Be(ActivityStatusCode.Unset);
        var start = mine.Should().ContainSingle(s => s.OperationName == "orchestrate start").Which;
        start.Status.Should().Be(ActivityStatusCode.Error);
        start.StatusDescription.Should().Be(nameof(ActivityAlreadyStartedException));
        counts.Should().Contain(("live_activity.orchestrator.requests", "Register", "success"));
        counts.Should().Contain(("live_activity.orchestrator.requests", "Start", "failure"));
        counts.Should().Contain(("live_activity.orchestrator.failed", "Start", null));
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
