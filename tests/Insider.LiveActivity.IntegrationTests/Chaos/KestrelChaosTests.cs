using System.Diagnostics;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;
using Xunit.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.IntegrationTests.Chaos;

/// <summary>
/// The chaos invariants over a real loopback socket, where delays and client timeouts exist: a delay shorter than the client's timeout is
/// processed, a longer one times the attempt out (retried when idempotent; outcome unknown on /start and /end) and is never processed.
/// The emulator's clock and each client's clock are separate fakes, so the driver decides which one moves: no real sleeps for timing.
/// </summary>
public class KestrelChaosTests(ITestOutputHelper output)
{
    private const int Scenarios = 150;
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task AllEndpoints_SeededDelaysTimeoutsAndDropsOverSocket_MatchTheDocumentedRules()
    {
        var serverClock = new FakeTimeProvider();
        await using var emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TimeProvider = serverClock, RateLimitEnabled = false });
        var master = new Random(ChaosSuiteTests.MasterSeed + 1);
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < Scenarios; i++)
        {
            var scenario = ChaosScenario.Generate(i, master.Next(), ChaosFaults.OverSocket);
            foreach (var reconcile in new[] { false, true })
            {
                var failure = await RunAsync(scenario, reconcile, emulator, serverClock);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        output.WriteLine($"{Scenarios} socket scenarios x 2 (reconcile off/on) in {watch.Elapsed.TotalSeconds:F1} s");
        failures.Should().BeEmpty($"{failures.Count} runs broke an invariant; first ones:\n{string.Join("\n", failures.Take(10))}");
    }

    private static async Task<string?> RunAsync(ChaosScenario scenario, bool reconcile, LiveActivityEmulator emulator, FakeTimeProvider serverClock)
    {
        var clientClock = new FakeTimeProvider(serverClock.GetUtcNow());
        var counter = new CountingHandler(new SocketsHttpHandler());
        var logger = new FakeLogger();
        var options = new LiveActivityOptions
        {
            ApiKey = emulator.ApiKey,
            BaseAddress = emulator.BaseAddress,
            Timeout = ClientTimeout,
            Retry = { MaxRetries = scenario.MaxRetries, BaseDelay = TimeSpan.Zero, UseJitter = false },
            RateLimit = { Enabled = false },
            ReconcileUnknownOutcomes = reconcile,
        };
        using var http = new HttpClient(counter);
        var client = new LiveActivityClient(http, options, logger, clientClock);
        try
        {
            return await ChaosRunner.RunAsync(scenario, reconcile, emulator, client, clientClock, counter, logger, (call, before) => DriveAsync(call, before, scenario, emulator, serverClock, clientClock, counter));
        }
        catch (Exception ex)
        {
            emulator.Faults.Clear();
            return $"{scenario} (reconcile {reconcile}): threw {ex}";
        }
    }

    /// <summary>
    /// While the call is pending: once attempt k is the only request held by a delay (the earlier ones are all recorded and the server clock has
    /// exactly one timer), release it by moving the server clock (short delay) or time it out by moving the client clock (long delay).
    /// </summary>
    private static async Task DriveAsync(Task call, int before, ChaosScenario scenario, LiveActivityEmulator emulator, FakeTimeProvider serverClock, FakeTimeProvider clientClock, CountingHandler counter)
    {
        var handled = -1;
        var watch = Stopwatch.StartNew();
        while (!call.IsCompleted)
        {
            var attempt = counter.Entered - before - 1;
            if (attempt > handled && attempt >= 0 && emulator.Requests.Count == attempt && serverClock.ActiveTimerCount == 1)
            {
                var fault = attempt < scenario.Faults.Count ? scenario.Faults[attempt] : ChaosFault.None;
                if (fault == ChaosFault.ShortDelay)
                {
                    handled = attempt;
                    serverClock.Advance(ChaosFaults.ShortDelay);
                }
                else if (fault == ChaosFault.Timeout)
                {
                    handled = attempt;
                    clientClock.Advance(ClientTimeout);
                }
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"the call did not settle (attempt {attempt}, {emulator.Requests.Count} recorded, {serverClock.ActiveTimerCount} server timers)");
            }

            await Task.WhenAny(call, Task.Delay(1));
        }
    }
}
