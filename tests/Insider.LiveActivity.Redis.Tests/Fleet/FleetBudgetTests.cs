using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>
/// The budget across OS processes: three LoadHost processes share one API key; with the Redis budget the emulator answers no 429
/// and the fleet uses the budget; with in-process budgets only, the same load draws 429s. Real time, about 4.5 s per run.
/// </summary>
[Collection(FleetCollection.Name)]
public sealed class FleetBudgetTests(ITestOutputHelper output)
{
    /// <summary>3 windows of 1.5 s in CI; LA_FLEET_WINDOWS=N makes a longer measured run (docs/redis.md).</summary>
    private static readonly int Windows = int.TryParse(Environment.GetEnvironmentVariable("LA_FLEET_WINDOWS"), out var windows) && windows > 0 ? windows : 3;

    [Fact]
    public async Task ThreeProcesses_SharingTheRedisBudget_NeverHit429AndUseTheBudget()
    {
        await using var redis = await RedisServer.StartAsync();

        var result = await FleetRun.RunAsync(redis, Windows);
        output.WriteLine(result.ToString());

        result.RateLimited.Should().Be(0, "the fleet never exceeds the server's limit");
        result.BudgetUsedPercent.Should().BeGreaterThanOrEqualTo(95);
    }

    [Fact]
    public async Task ThreeProcesses_WithInProcessBudgetsOnly_Hit429()
    {
        var result = await FleetRun.RunAsync(redis: null, Windows);
        output.WriteLine(result.ToString());

        result.RateLimited.Should().BeGreaterThan(0, "three budgets of the full limit each overrun the server");
    }
}

/// <summary>The fleet runs measure real time: they run one at a time, never next to each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FleetCollection
{
    public const string Name = "Fleet";
}
