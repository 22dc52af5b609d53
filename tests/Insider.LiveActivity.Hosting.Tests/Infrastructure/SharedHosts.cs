namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>Two hosts (orchestrator harnesses) on one <see cref="InMemoryLeaseStore"/>, one fake clock and one emulator.</summary>
public sealed class SharedHosts : IAsyncDisposable
{
    private SharedHosts(OrchestratorHarness a, OrchestratorHarness b, InMemoryLeaseStore store)
    {
        A = a;
        B = b;
        Store = store;
    }

    public OrchestratorHarness A { get; }

    public OrchestratorHarness B { get; }

    public InMemoryLeaseStore Store { get; }

    /// <summary>Starts host A, then host B (each settles: A's first lease round runs before B's).</summary>
    /// <param name="configure">The orchestrator options of both hosts, or <see langword="null"/> for the defaults.</param>
    /// <returns>The started hosts.</returns>
    public static async Task<SharedHosts> StartAsync(Action<LiveActivityOrchestratorOptions>? configure = null)
    {
        var store = new InMemoryLeaseStore();
        var a = new OrchestratorHarness(configure: configure, store: store);
        var b = new OrchestratorHarness(configure: configure, clock: a.Clock, emulator: a.Emulator, store: store);
        await a.StartAsync();
        await b.StartAsync();
        return new SharedHosts(a, b, store);
    }

    /// <summary>Moves the shared clock from one wake-up of either dispatcher to the next, letting both settle at each.</summary>
    /// <param name="target">The instant to stop at.</param>
    /// <returns>A task that completes at <paramref name="target"/>.</returns>
    public Task RunUntilAsync(DateTimeOffset target) => OrchestratorHarness.RunTogetherUntilAsync(target, A, B);

    public async ValueTask DisposeAsync()
    {
        await B.Orchestrator.DisposeAsync(); // the emulator and the clock are A's, disposed with it
        await A.DisposeAsync();
    }
}
