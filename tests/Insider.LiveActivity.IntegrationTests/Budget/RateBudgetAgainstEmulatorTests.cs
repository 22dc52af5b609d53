using Xunit.Abstractions;

namespace Insider.LiveActivity.IntegrationTests.Budget;

/// <summary>
/// 3,000 /update calls through one endpoint against the emulator's fixed-window limit (scaled to 100 per 1 s), with the client's
/// sliding-window budget scaled the same way, on one fake clock shared by client and emulator.
/// </summary>
public class RateBudgetAgainstEmulatorTests(ITestOutputHelper output)
{
    private const int Calls = 3_000;

    [Fact]
    public async Task UpdateAsync_ThreeThousandCallsWithLimiterOn_NeverHits429AndUsesTheBudget()
    {
        var result = await BudgetRun.RunAsync(Calls, limiterOn: true);
        output.WriteLine(result.ToString());

        result.RateLimited.Should().Be(0, "the client's budget keeps every request inside the server's window");
        result.Succeeded.Should().Be(Calls);
        result.Retries.Should().Be(0);
        result.BudgetUsedPercent.Should().BeGreaterThanOrEqualTo(97);
    }

    [Fact]
    public async Task UpdateAsync_ThreeThousandCallsWithLimiterOff_Hits429AndRetries()
    {
        var result = await BudgetRun.RunAsync(Calls, limiterOn: false);
        output.WriteLine(result.ToString());

        result.RateLimited.Should().BeGreaterThan(0, "without the budget the burst overruns the server's window");
        result.Retries.Should().BeGreaterThan(0);
    }
}
