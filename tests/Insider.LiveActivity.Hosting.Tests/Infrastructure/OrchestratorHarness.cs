using System.Text.Json.Nodes;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// An orchestrator against the in-memory emulator, both on one fake clock. <see cref="RunUntilAsync"/> moves the clock from one
/// wake-up of the dispatcher to the next (exactly to the instant it asked for) and waits, without sleeping on time, until it is idle.
/// </summary>
public sealed class OrchestratorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly string? _databasePath;
    private readonly Action<LiveActivityRateLimitOptions>? _rateLimit;

    public OrchestratorHarness(bool sqlite = false, Action<LiveActivityOrchestratorOptions>? configure = null, FakeTimeProvider? clock = null, LiveActivityEmulator? emulator = null, string? databasePath = null, ILiveActivityStore? store = null, Action<LiveActivityRateLimitOptions>? rateLimit = null)
    {
        _rateLimit = rateLimit;
        Clock = clock ?? new FakeTimeProvider(T0);
        Emulator = emulator ?? LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions
        {
            TimeProvider = Clock, ApiKey = "hosting-key-" + Guid.NewGuid().ToString("N"),
        });
        Configure = configure;
        _databasePath = sqlite ? databasePath ?? Path.Combine(Path.GetTempPath(), "la-" + Guid.NewGuid().ToString("N") + ".db") : null;
        InnerStore = store ?? (_databasePath is null ? new InMemoryLiveActivityStore() : new SqliteLiveActivityStore("Data Source=" + _databasePath));
        Orchestrator = Create();
    }

    public FakeTimeProvider Clock { get; }

    public LiveActivityEmulator Emulator { get; }

    public ILiveActivityStore InnerStore { get; private set; }

    public CrashSwitch Crash { get; private set; } = new();

    public CrashingClient Client { get; private set; } = null!;

    /// <summary>Gets the store the orchestrator writes to: a <see cref="CrashingStore"/>, or a <see cref="CrashingLeaseStore"/> over a shared store.</summary>
    public ILiveActivityStore Store { get; private set; } = null!;

    /// <summary>Sets the save that "kills" the host (see <see cref="CrashingStore.CrashOnSave"/>).</summary>
    public Func<LiveActivityRecord, bool>? CrashOnSave
    {
        get => Store is CrashingLeaseStore shared ? shared.CrashOnSave : ((CrashingStore)Store).CrashOnSave;
        set
        {
            if (Store is CrashingLeaseStore shared)
            {
                shared.CrashOnSave = value;
            }
            else
            {
                ((CrashingStore)Store).CrashOnSave = value;
            }
        }
    }

    public CapturingLogger Logger { get; private set; } = new();

    public LiveActivityOrchestrator Orchestrator { get; private set; }

    public Action<LiveActivityOrchestratorOptions>? Configure { get; }

    public static LiveActivityContent Content(string status, string? title = null) =>
        new() { Title = title, Message = title is null ? null : "message", ContentState = new JsonObject { ["status"] = status } };

    public static LiveActivityPlan Plan(string key, DateTimeOffset? startAt = null, DateTimeOffset? endsAt = null, LiveActivityContent? finalContent = null, int users = 1) => new()
    {
        Key = key,
        ActivityType = "OrderTrackingAttributes",
        InsiderIds = Enumerable.Range(0, users).Select(i => $"{key}-user-{i}").ToArray(),
        StartAt = startAt,
        EndsAt = endsAt ?? (startAt ?? T0) + TimeSpan.FromHours(1),
        StartContent = Content("placed", "Your order"),
        FinalContent = finalContent,
    };

    /// <summary>A started host whose activity "a" has started (registered at T0, started after the sync delay).</summary>
    /// <returns>The host, 10 s after T0.</returns>
    public static async Task<OrchestratorHarness> StartedActivityAsync()
    {
        var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a"));
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        return h;
    }

    /// <summary>A started host whose activity "a" has the <c>/update</c> of <paramref name="status"/> out, held by the client's <see cref="CallGate"/>.</summary>
    /// <param name="status">The published state's <c>status</c>.</param>
    /// <returns>The host, 12 s after T0, with the gate still holding <c>/update</c> requests.</returns>
    public static async Task<OrchestratorHarness> UpdateOutAsync(string status)
    {
        var h = await StartedActivityAsync();
        h.Client.Gate.Endpoint = LiveActivityEndpoint.Update;
        await h.Orchestrator.PublishAsync("a", Content(status));
        await h.RunForAsync(TimeSpan.FromSeconds(2));
        h.Client.Gate.Held.Should().Be(1, $"the update of '{status}' is out");
        return h;
    }

    /// <summary>Kills the orchestrator (no graceful stop) and starts a new one on the same store file (or instance) with a fresh client.</summary>
    public async Task RestartAsync()
    {
        await Orchestrator.DisposeAsync();
        if (_databasePath is not null)
        {
            InnerStore = new SqliteLiveActivityStore("Data Source=" + _databasePath);
        }

        Crash = new CrashSwitch();
        Logger = new CapturingLogger();
        Orchestrator = Create();
        await Orchestrator.StartAsync();
        await SettleAsync();
    }

    public async Task StartAsync()
    {
        await Orchestrator.StartAsync();
        await SettleAsync();
    }

    /// <summary>Waits (on real time, bounded) until the dispatcher has nothing to do before the clock moves (or waits only for held requests).</summary>
    public async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var quiet = 0;
        while (quiet < 3)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the dispatcher must become idle");
            await Task.Delay(1);
            quiet = Orchestrator.IsIdle || Crash.IsDead || AllOutAreHeld() ? quiet + 1 : 0;
        }
    }

    /// <summary>Gets whether the parked dispatcher waits only for requests the client's <see cref="CallGate"/> holds.</summary>
    private bool AllOutAreHeld() => Client.Gate.Held > 0 && Orchestrator.IsParked && Orchestrator.InFlight == Client.Gate.Held;

    /// <summary>Moves the clock to <paramref name="target"/>, stopping at every instant the dispatcher asked to wake at (and at a crash).</summary>
    public async Task RunUntilAsync(DateTimeOffset target)
    {
        await SettleAsync();
        for (var steps = 0; ; steps++)
        {
            steps.Should().BeLessThan(100_000);
            if (Crash.IsDead)
            {
                return;
            }

            var now = Clock.GetUtcNow();
            var next = Orchestrator.NextWakeAt is { } wake && wake < target ? wake : target;
            if (next <= now && now >= target)
            {
                return;
            }

            Clock.Advance(next > now ? next - now : TimeSpan.Zero);
            await SettleAsync();
        }
    }

    public Task RunForAsync(TimeSpan span) => RunUntilAsync(Clock.GetUtcNow() + span);

    /// <summary>
    /// Moves the clock the hosts share (the first host's) from one wake-up of any of their dispatchers to the next, letting each settle
    /// at each, until <paramref name="target"/>.
    /// </summary>
    public static async Task RunTogetherUntilAsync(DateTimeOffset target, params OrchestratorHarness[] hosts)
    {
        var clock = hosts[0].Clock;
        for (var steps = 0; ; steps++)
        {
            steps.Should().BeLessThan(100_000);
            foreach (var host in hosts)
            {
                await host.SettleAsync();
            }

            var now = clock.GetUtcNow();
            if (now >= target)
            {
                return;
            }

            var next = hosts.Select(h => h.Orchestrator.NextWakeAt).Append(target).Where(t => t is not null && t > now).Min() ?? target;
            clock.Advance(next - now);
        }
    }

    public IReadOnlyList<RecordedRequest> Requests(EmulatorEndpoint endpoint, int? status = 200) =>
        Emulator.Requests.Where(r => r.Endpoint == endpoint && (status is null || r.StatusCode == status)).ToList();

    public IReadOnlyList<RecordedRequest> Requests(EmulatorEndpoint endpoint, string activityId, int? status = 200) =>
        Requests(endpoint, status).Where(r => r.ParseBody()?["activity_id"]?.GetValue<string>() == activityId).ToList();

    public async ValueTask DisposeAsync()
    {
        await Orchestrator.DisposeAsync();
        (InnerStore as IDisposable)?.Dispose();
        await Emulator.DisposeAsync();
        if (_databasePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private LiveActivityOrchestrator Create()
    {
        var options = new LiveActivityOptions
        {
            ApiKey = Emulator.ApiKey,
            BaseAddress = new Uri("https://emulator.local/"),
            Timeout = Timeout.InfiniteTimeSpan,
            Retry = { MaxRetries = 0 },
        };
        _rateLimit?.Invoke(options.RateLimit);
        var client = new LiveActivityClient(new HttpClient(Emulator.CreateHandler()), options, logger: null, Clock);
        Client = new CrashingClient(client, Crash);
        Store = InnerStore is ILiveActivityLeaseStore shared ? new CrashingLeaseStore(shared, Crash) : new CrashingStore(InnerStore, Crash);
        var orchestratorOptions = new LiveActivityOrchestratorOptions();
        Configure?.Invoke(orchestratorOptions);
        return new LiveActivityOrchestrator(Client, Store, orchestratorOptions, options.RateLimit, Clock, Logger);
    }
}
