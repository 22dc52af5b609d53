using System.Net;
using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Emulator;

/// <summary>Each emulator fault, over Kestrel, through the SDK: the typed exception and the number of requests the emulator saw.</summary>
public class EmulatorFaultsThroughSdkTests
{
    private const string Type = "DeliveryActivityAttributes";
    private const int MaxRetries = 2;
    private static readonly LiveActivityContent Content = new() { Title = "t", Message = "m", ContentState = new JsonObject { ["s"] = 1 } };

    [Theory]
    [InlineData("429", typeof(LiveActivityRateLimitException), 429, MaxRetries + 1)]
    [InlineData("502", typeof(LiveActivityServiceUnavailableException), 502, MaxRetries + 1)]
    [InlineData("503", typeof(LiveActivityServiceUnavailableException), 503, MaxRetries + 1)]
    [InlineData("412", typeof(PushTokenNotSyncedException), 412, MaxRetries + 1)]
    [InlineData("409", typeof(ActivityAlreadyStartedException), 409, 1)]
    [InlineData("404", typeof(ActivityNotFoundException), 404, 1)]
    [InlineData("html", typeof(LiveActivityServiceUnavailableException), 502, MaxRetries + 1)]
    [InlineData("malformed", typeof(LiveActivityException), 200, 1)]
    [InlineData("drop-before", typeof(LiveActivityException), null, MaxRetries + 1)]
    [InlineData("drop-after", typeof(LiveActivityException), null, MaxRetries + 1)]
    public async Task UpdateAsync_PersistentFault_ThrowsTheDocumentedTypeAfterTheDocumentedSends(string fault, Type expected, int? status, int requests)
    {
        await using var setup = await Setup.CreateAsync(reconcile: false);
        var id = setup.Emulator.SimulateDeviceStartedActivity(Type, "user-1");
        setup.Emulator.Faults.SetAlways(EmulatorEndpoint.Update, Fault(fault));

        var act = () => setup.Client.UpdateAsync(new UpdateRequest { ActivityId = id, ActivityType = Type, Content = Content });

        var error = (await act.Should().ThrowAsync<LiveActivityException>()).Which;
        error.GetType().Should().Be(expected);
        ((int?)error.StatusCode).Should().Be(status);
        error.Attempts.Should().Be(requests);
        setup.Emulator.Requests.Count(r => r.Endpoint == EmulatorEndpoint.Update).Should().Be(requests);
        var processed = fault is "drop-after" or "malformed" ? requests : 0;
        setup.Emulator.Pushes.Count(p => p.Event == "update").Should().Be(processed, "only faults after processing push");
    }

    [Theory]
    [InlineData("drop-before", false, EmulatedActivityState.Registered, 1, false)]
    [InlineData("drop-after", false, EmulatedActivityState.Started, 1, false)]
    [InlineData("drop-before", true, EmulatedActivityState.Started, 2, false)]
    [InlineData("drop-after", true, EmulatedActivityState.Started, 2, true)]
    public async Task StartAsync_DroppedConnection_IsOutcomeUnknownOrReconciled(string fault, bool reconcile, EmulatedActivityState state, int requests, bool reconciled)
    {
        await using var setup = await Setup.CreateAsync(reconcile);
        var id = (await setup.Client.RegisterAsync(new RegisterRequest { ActivityType = Type, InsiderIds = ["user-1"], EndsAt = setup.Clock.GetUtcNow().AddHours(1) })).ActivityId;
        setup.Emulator.Faults.Enqueue(EmulatorEndpoint.Start, Fault(fault));

        var act = () => setup.Client.StartAsync(new StartRequest { ActivityId = id, ActivityType = Type, Content = Content });

        if (!reconcile)
        {
            (await act.Should().ThrowAsync<LiveActivityOutcomeUnknownException>()).Which.StatusCode.Should().BeNull();
        }
        else
        {
            (await act()).Reconciled.Should().Be(reconciled);
        }

        setup.Emulator.GetActivity(id)!.State.Should().Be(state);
        setup.Emulator.Requests.Count(r => r.Endpoint == EmulatorEndpoint.Start).Should().Be(requests);
    }

    [Fact]
    public async Task RegisterAsync_PartialResult_ReportsTheUnprocessedCount()
    {
        await using var setup = await Setup.CreateAsync(reconcile: false);
        setup.Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.PartialResult(2));

        var result = await setup.Client.RegisterAsync(new RegisterRequest { ActivityType = Type, InsiderIds = ["user-1", "user-2", "user-3"], EndsAt = setup.Clock.GetUtcNow().AddHours(1) });

        result.Should().BeEquivalentTo(new { Partial = true, UnprocessedInsiderIdCount = 2, Added = 1 });
        setup.Emulator.GetActivity(result.ActivityId)!.Devices.Select(d => d.InsiderId).Should().Equal("user-1");
    }

    [Fact]
    public async Task UpdateAsync_DelayShorterThanTimeout_IsProcessedOnce()
    {
        await using var setup = await Setup.CreateAsync(reconcile: false);
        var id = setup.Emulator.SimulateDeviceStartedActivity(Type, "user-1");
        setup.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Delay(TimeSpan.FromSeconds(5)));

        var call = setup.Client.UpdateAsync(new UpdateRequest { ActivityId = id, ActivityType = Type, Content = Content });
        await setup.UntilAsync(() => setup.ServerClock.ActiveTimerCount == 1);
        setup.ServerClock.Advance(TimeSpan.FromSeconds(5));

        (await call).SessionsTriggered.Should().Be(1);
        setup.Emulator.Requests.Should().ContainSingle(r => r.Endpoint == EmulatorEndpoint.Update);
    }

    [Fact]
    public async Task UpdateAsync_DelayLongerThanTimeout_TimesOutRetriesAndIsNeverProcessedTwice()
    {
        await using var setup = await Setup.CreateAsync(reconcile: false);
        var id = setup.Emulator.SimulateDeviceStartedActivity(Type, "user-1");
        setup.Emulator.Faults.Enqueue(EmulatorEndpoint.Update, EmulatorFault.Delay(TimeSpan.FromHours(1)));

        var call = setup.Client.UpdateAsync(new UpdateRequest { ActivityId = id, ActivityType = Type, Content = Content });
        await setup.UntilAsync(() => setup.ServerClock.ActiveTimerCount == 1);
        setup.Clock.Advance(Setup.Timeout);

        (await call).SessionsTriggered.Should().Be(1, "the retry is answered");
        await setup.UntilAsync(() => setup.Emulator.Requests.Count == 2);
        setup.Emulator.Requests.Count(r => r.ConnectionDropped).Should().Be(1, "the timed-out attempt was aborted, not processed");
        setup.Emulator.Pushes.Should().ContainSingle();
    }

    [Fact]
    public async Task EndAsync_DelayLongerThanTimeout_IsOutcomeUnknownAndLeavesTheActivityStarted()
    {
        await using var setup = await Setup.CreateAsync(reconcile: false);
        var id = setup.Emulator.SimulateDeviceStartedActivity(Type, "user-1");
        setup.Emulator.Faults.Enqueue(EmulatorEndpoint.End, EmulatorFault.Delay(TimeSpan.FromHours(1)));

        var call = setup.Client.EndAsync(new EndRequest { ActivityId = id, ActivityType = Type, Content = Content });
        await setup.UntilAsync(() => setup.ServerClock.ActiveTimerCount == 1);
        setup.Clock.Advance(Setup.Timeout);

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<LiveActivityOutcomeUnknownException>();
        await setup.UntilAsync(() => setup.Emulator.Requests.Count == 1);
        setup.Emulator.GetActivity(id)!.State.Should().Be(EmulatedActivityState.Started);
    }

    private static EmulatorFault Fault(string name) => name switch
    {
        "429" => EmulatorFault.Status(HttpStatusCode.TooManyRequests),
        "502" => EmulatorFault.UpstreamUnavailable(),
        "503" => EmulatorFault.Status(HttpStatusCode.ServiceUnavailable),
        "412" => EmulatorFault.Status(HttpStatusCode.PreconditionFailed, "PUSH_TOKEN_NOT_SYNCED"),
        "409" => EmulatorFault.Status(HttpStatusCode.Conflict, "ALREADY_STARTED"),
        "404" => EmulatorFault.Status(HttpStatusCode.NotFound, "NOT_FOUND"),
        "html" => EmulatorFault.HtmlPage(),
        "malformed" => EmulatorFault.MalformedBody(),
        "drop-before" => EmulatorFault.DropConnectionBeforeProcessing(),
        _ => EmulatorFault.DropConnectionAfterProcessing(),
    };

    /// <summary>A Kestrel emulator on its own fake clock and a client on another, so a test moves exactly the clock it means to.</summary>
    private sealed class Setup : IAsyncDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
        private readonly HttpClient _http = new();

        private Setup(LiveActivityEmulator emulator, FakeTimeProvider serverClock, FakeTimeProvider clock, bool reconcile)
        {
            Emulator = emulator;
            ServerClock = serverClock;
            Clock = clock;
            Client = new LiveActivityClient(_http, new LiveActivityOptions
            {
                ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress, Timeout = Timeout, ReconcileUnknownOutcomes = reconcile,
                Retry = { MaxRetries = MaxRetries, BaseDelay = TimeSpan.Zero, UseJitter = false }, RateLimit = { Enabled = false },
            }, null, clock);
        }

        public LiveActivityEmulator Emulator { get; }

        public FakeTimeProvider ServerClock { get; }

        public FakeTimeProvider Clock { get; }

        public LiveActivityClient Client { get; }

        public static async Task<Setup> CreateAsync(bool reconcile)
        {
            var serverClock = new FakeTimeProvider();
            var emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TimeProvider = serverClock });
            return new Setup(emulator, serverClock, new FakeTimeProvider(serverClock.GetUtcNow()), reconcile);
        }

        /// <summary>Waits for a condition that socket I/O will make true; bounded, never a timing assumption.</summary>
        public async Task UntilAsync(Func<bool> condition)
        {
            for (var spin = 0; !condition(); spin++)
            {
                spin.Should().BeLessThan(10_000);
                await Task.Delay(1);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            await Emulator.DisposeAsync();
        }
    }
}
