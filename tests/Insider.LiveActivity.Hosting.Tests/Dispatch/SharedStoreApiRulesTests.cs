using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>
/// The API of a host on a store shared by several hosts (<c>LiveActivityOrchestrator.cs</c>): a host names itself in its leases by
/// machine, process and instance; a caller may publish through a host that does not drive the activity, and that host then reports
/// the activity's status as stored, not as it wrote it.
/// </summary>
public sealed class SharedStoreApiRulesTests
{
    [Fact]
    public async Task A_host_claims_leases_under_its_machine_process_and_instance()
    {
        await using var hosts = await SharedHosts.StartAsync();
        await hosts.A.Orchestrator.PlanAsync(Plan("a"));
        await hosts.RunUntilAsync(T0 + TimeSpan.FromMinutes(2));

        var prefix = $"{Environment.MachineName}/{Environment.ProcessId}/";
        var owners = hosts.Store.Claims.Select(c => c.Owner).Distinct().ToArray();
        owners.Should().HaveCount(2, "two hosts in one process are still two owners").And.OnlyContain(o => o.StartsWith(prefix, StringComparison.Ordinal) && o.Length == prefix.Length + 8);
    }

    [Fact]
    public async Task A_host_that_does_not_drive_an_activity_reports_its_status_as_stored()
    {
        await using var hosts = await SharedHosts.StartAsync();
        await hosts.A.Orchestrator.PlanAsync(Plan("a"));
        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));

        await hosts.B.Orchestrator.PublishAsync("a", Content("through-b"));
        await hosts.RunUntilAsync(T0 + TimeSpan.FromMinutes(2));

        hosts.A.Requests(EmulatorEndpoint.Update).Should().ContainSingle("the host that drives 'a' sent the state published through the other");
        var status = (await hosts.B.Orchestrator.GetStatusAsync("a"))!;
        status.Updates.Should().Be(1, "the other host reads the stored record, which the driving host has updated since");
        status.HasPendingUpdate.Should().BeFalse();
    }

    [Fact]
    public async Task A_host_that_joins_a_shared_store_claims_activities_by_lease_and_takes_over_none_at_its_start()
    {
        await using var hosts = await SharedHosts.StartAsync();
        await hosts.A.Orchestrator.PlanAsync(Plan("a"));
        await hosts.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));

        await using var joining = new OrchestratorHarness(store: hosts.Store, clock: hosts.A.Clock, emulator: hosts.A.Emulator);
        await joining.StartAsync();

        joining.Logger.Count("Recovered").Should().Be(0, "on a shared store a host takes activities lease by lease, not all at its start");
        (await joining.Orchestrator.GetStatusAsync("a"))!.State.Should().Be(LiveActivityState.Started);
    }
}
