using System.Collections.Concurrent;
using System.Diagnostics;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;
using Xunit.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.IntegrationTests.Chaos;

/// <summary>
/// 10,000 seeded scenarios, each run with and without <see cref="LiveActivityOptions.ReconcileUnknownOutcomes"/>, over the emulator's in-memory
/// handler: every send count, exception type and end state must match the documented rules (see <see cref="ChaosOracle"/>).
/// Delays and timeouts need a socket: <see cref="KestrelChaosTests"/>.
/// </summary>
public class ChaosSuiteTests(ITestOutputHelper output)
{
    public const int MasterSeed = 20_260_520;
    private const int Scenarios = 10_000;

    [Fact]
    public async Task AllEndpoints_TenThousandSeededFaultSequences_MatchTheDocumentedRules()
    {
        var master = new Random(MasterSeed);
        var seeds = Enumerable.Range(0, Scenarios).Select(_ => master.Next()).ToArray();
        var failures = new ConcurrentQueue<string>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Scenarios), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, _) =>
        {
            var scenario = ChaosScenario.Generate(i, seeds[i], ChaosFaults.InMemory);
            foreach (var reconcile in new[] { false, true })
            {
                string? failure;
                try
                {
                    failure = await RunInMemoryAsync(scenario, reconcile, outcomes);
                }
                catch (Exception ex)
                {
                    failure = $"{scenario} (reconcile {reconcile}): threw {ex}";
                }

                if (failure is not null)
                {
                    failures.Enqueue(failure);
                }
            }
        });

        output.WriteLine($"{Scenarios} scenarios x 2 (reconcile off/on) in {watch.Elapsed.TotalSeconds:F1} s, master seed {MasterSeed}");
        foreach (var (outcome, count) in outcomes.OrderBy(o => o.Key))
        {
            output.WriteLine($"  {outcome}: {count}");
        }

        failures.Should().BeEmpty($"{failures.Count} runs broke an invariant; first ones:\n{string.Join("\n", failures.Take(10))}");
    }

    [Fact]
    public async Task ChaosRunner_ReplayOfOneSeed_IsReproducible()
    {
        var scenario = ChaosScenario.Generate(0, 12_345, ChaosFaults.InMemory);
        var again = ChaosScenario.Generate(0, 12_345, ChaosFaults.InMemory);

        again.Should().BeEquivalentTo(scenario);
        (await RunInMemoryAsync(scenario, reconcile: true, new ConcurrentDictionary<string, int>())).Should().BeNull();
    }

    /// <summary>Runs one scenario on a fresh in-memory emulator and client (fake clock, no rate limits, zero backoff).</summary>
    public static async Task<string?> RunInMemoryAsync(ChaosScenario scenario, bool reconcile, ConcurrentDictionary<string, int> outcomes)
    {
        var clock = new FakeTimeProvider();
        var apiKey = "chaos-key-" + scenario.Seed.ToString("x8");
        var emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { TimeProvider = clock, RateLimitEnabled = false, ApiKey = apiKey });
        var counter = new CountingHandler(emulator.CreateHandler());
        var logger = new FakeLogger();
        var options = new LiveActivityOptions
        {
            ApiKey = apiKey,
            BaseAddress = new Uri("https://emulator.local/"),
            Timeout = Timeout.InfiniteTimeSpan,
            Retry = { MaxRetries = scenario.MaxRetries, BaseDelay = TimeSpan.Zero, UseJitter = false },
            RateLimit = { Enabled = false },
            ReconcileUnknownOutcomes = reconcile,
        };
        using var http = new HttpClient(counter);
        var client = new LiveActivityClient(http, options, logger, clock);
        var failure = await ChaosRunner.RunAsync(scenario, reconcile, emulator, client, clock, counter, logger);
        var expected = ChaosOracle.Expect(scenario.Endpoint, scenario.Setup, scenario.Faults, scenario.MaxRetries, reconcile);
        var kind = failure is not null ? "FAILED" : expected.ExceptionType?.Name ?? (expected.Reconciled ? "reconciled" : "success");
        outcomes.AddOrUpdate($"{scenario.Endpoint,-12} {kind}", 1, (_, n) => n + 1);
        return failure;
    }
}
