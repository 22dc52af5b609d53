using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Hosting.Tests.Infrastructure;

namespace Insider.LiveActivity.Redis.Tests.Infrastructure;

/// <summary>Two hosts (orchestrator harnesses) on one Redis store with a fresh prefix, one fake clock and one emulator.</summary>
public sealed class HostPair : IAsyncDisposable
{
    private HostPair(OrchestratorHarness a, OrchestratorHarness b, RedisLiveActivityStore store)
    {
        A = a;
        B = b;
        Store = store;
    }

    public OrchestratorHarness A { get; }

    public OrchestratorHarness B { get; }

    /// <summary>Gets a third view of the store, for the tests' reads.</summary>
    public RedisLiveActivityStore Store { get; }

    public static async Task<HostPair> StartAsync(RedisFixture redis)
    {
        var prefix = "{hosts-" + Guid.NewGuid().ToString("N") + "}";
        var a = new OrchestratorHarness(store: new RedisLiveActivityStore(redis.Connection, prefix));
        var b = new OrchestratorHarness(clock: a.Clock, emulator: a.Emulator, store: new RedisLiveActivityStore(redis.Connection, prefix));
        await a.StartAsync();
        await b.StartAsync();
        return new HostPair(a, b, new RedisLiveActivityStore(redis.Connection, prefix));
    }

    public int Count(string eventName) => A.Logger.Count(eventName) + B.Logger.Count(eventName);

    /// <summary>Moves the shared clock from one wake-up of either dispatcher to the next, letting both settle at each.</summary>
    public Task RunUntilAsync(DateTimeOffset target) => OrchestratorHarness.RunTogetherUntilAsync(target, A, B);

    public async ValueTask DisposeAsync()
    {
        await B.Orchestrator.DisposeAsync(); // the emulator and the clock are A's, disposed with it
        await A.DisposeAsync();
    }
}
