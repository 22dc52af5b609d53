using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;

namespace Insider.LiveActivity.IntegrationTests.Telemetry;

/// <summary>The ActivitySource and Meter named Insider.LiveActivity: a span per call and per attempt, and the documented instruments.</summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly string _activityId = Guid.NewGuid().ToString();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LiveActivityTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("live_activity.activity_id"), _activityId))
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LiveActivityTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    [Fact]
    public async Task UpdateAsync_RetriedOnce_EmitsACallSpanTwoAttemptSpansAndInstruments()
    {
        var client = CreateClient((_, n) => n == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : ScriptedHandler.Reply(HttpStatusCode.OK, Encoding.UTF8.GetBytes("""{"status":"success","sessions_triggered":3}"""), "application/json"));

        await client.UpdateAsync(Update());

        var spans = _spans.ToList();
        var call = spans.Should().ContainSingle(s => s.OperationName == "/update").Subject;
        call.GetTagItem("live_activity.attempts").Should().Be(2);
        call.GetTagItem("live_activity.retried").Should().Be(true);
        call.GetTagItem("live_activity.outcome").Should().Be("success");
        var attempts = spans.Where(s => s.OperationName == "attempt /update").OrderBy(s => s.GetTagItem("live_activity.attempt")).ToList();
        attempts.Should().HaveCount(2);
        attempts.Select(s => s.GetTagItem("http.response.status_code")).Should().Equal(503, 200);
        attempts.Should().OnlyContain(s => s.ParentId == call.Id);
        Measured("live_activity.client.attempts").Should().BeGreaterThanOrEqualTo(2);
        Measured("live_activity.client.calls").Should().BeGreaterThanOrEqualTo(1);
        _measurements.Should().Contain(m => m.Instrument == "live_activity.client.call.duration");
        _measurements.Should().Contain(m => m.Instrument == "live_activity.client.rate_limit.queue.duration");
    }

    [Fact]
    public async Task StartAsync_Conflict_MarksTheCallSpanAsErrorAndCountsTheFailureByCode()
    {
        var client = CreateClient((_, _) => ScriptedHandler.Reply(
            HttpStatusCode.Conflict, Encoding.UTF8.GetBytes("""{"error":"activity already started","code":"ALREADY_STARTED"}"""), "application/json"));

        await FluentActions.Awaiting(() => client.StartAsync(Start())).Should().ThrowAsync<ActivityAlreadyStartedException>();

        var call = _spans.Should().ContainSingle(s => s.OperationName == "/start").Subject;
        call.Status.Should().Be(ActivityStatusCode.Error);
        call.GetTagItem("live_activity.error_code").Should().Be("ALREADY_STARTED");
        _measurements.Should().Contain(m => m.Instrument == "live_activity.client.failures" && Equals(m.Tags["error.type"], "ALREADY_STARTED"));
    }

    [Fact]
    public async Task StartAsync_Reconciled_EmitsAReconcileSpanTaggedReconciled()
    {
        var handler = new ScriptedHandler((_, n) => n == 1
            ? throw new HttpRequestException("connection reset")
            : ScriptedHandler.Reply(HttpStatusCode.Conflict, Encoding.UTF8.GetBytes("""{"error":"activity already started","code":"ALREADY_STARTED"}"""), "application/json"));
        var client = new LiveActivityClient(new HttpClient(handler), new LiveActivityOptions
        {
            ApiKey = "telemetry-key-" + Guid.NewGuid().ToString("N"),
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            ReconcileUnknownOutcomes = true,
        });

        var result = await client.StartAsync(Start());

        result.Reconciled.Should().BeTrue();
        var reconcile = _spans.Should().ContainSingle(s => s.OperationName == "reconcile /start").Subject;
        reconcile.GetTagItem("live_activity.reconciled").Should().Be(true);
        _spans.Where(s => s.OperationName == "/start").Should().HaveCount(2).And.ContainSingle(s => s.ParentId == reconcile.Id);
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private double Measured(string instrument) => _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            map[tag.Key] = tag.Value;
        }

        // Instruments are process-wide; keep only what this test's client produced (its endpoint calls are isolated by the span filter).
        if (Activity.Current is { } current && !Equals(current.GetTagItem("live_activity.activity_id"), _activityId) && current.Source.Name == LiveActivityTelemetry.Name)
        {
            return;
        }

        _measurements.Enqueue((instrument.Name, value, map));
    }

    private UpdateRequest Update() => new() { ActivityId = _activityId, ActivityType = "A", Content = new LiveActivityContent { ContentState = new JsonObject { ["s"] = 1 } } };

    private StartRequest Start() => new() { ActivityId = _activityId, ActivityType = "A", Content = new LiveActivityContent { Title = "t", Message = "m", ContentState = new JsonObject { ["s"] = 1 } } };

    private static LiveActivityClient CreateClient(Func<HttpRequestMessage, int, HttpResponseMessage> respond) =>
        new(new HttpClient(new ScriptedHandler(respond)), new LiveActivityOptions
        {
            ApiKey = "telemetry-key-" + Guid.NewGuid().ToString("N"),
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            Retry = { BaseDelay = TimeSpan.Zero },
        });
}
