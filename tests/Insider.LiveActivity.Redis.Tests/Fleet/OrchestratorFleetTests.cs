using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using Xunit.Abstractions;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>
/// The orchestrator across processes (see <see cref="OrchestratorFleetRun"/>): three hosts drive 3,000 activities through one Redis;
/// whether a host is killed with SIGKILL or Redis is killed and restarted mid-run, every activity gets exactly one effective
/// <c>/start</c> and one <c>/end</c> before its <c>ends_at</c> (the emulator's counts) and the last state acknowledged for it reaches
/// the devices, and a dead host's activities are claimed by the survivors within a lease time and a renewal round.
/// </summary>
public sealed class OrchestratorFleetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_host_killed_mid_run_loses_nothing_and_its_activities_are_taken_over_within_the_lease_time()
    {
        await using var redis = await RedisServer.StartAsync(appendOnly: true, appendFsync: "always");
        var result = await OrchestratorFleetRun.RunAsync(redis, FleetDisruption.KillHost);
        output.WriteLine(result.ToString());
        output.WriteLine("warnings and errors: " + result.HostErrorSummary());
        output.WriteLine(string.Join("\n", result.HostErrors.Select(e => e.Length > 3000 ? e[..3000] : e)));

        AssertEveryActivityStartedAndEndedOnceWithItsLastState(result);
        result.TakenOverAt.Should().NotBeNull();
        (result.TakenOverAt!.Value - result.DisruptedAt).Should().BeLessThanOrEqualTo(
            OrchestratorFleetRun.Lease * 2,
            "the killed host's leases expire within a lease time of the kill, and the survivors hold them all within a lease time of that (by design within two thirds: a third of grace for a holder cut off by an outage, then at most a third until the next round)");
    }

    [Fact]
    public async Task Redis_killed_and_restarted_mid_run_with_AOF_the_hosts_resume_and_nothing_acknowledged_is_lost()
    {
        await using var redis = await RedisServer.StartAsync(appendOnly: true, appendFsync: "always");
        var result = await OrchestratorFleetRun.RunAsync(redis, FleetDisruption.RestartRedis);
        output.WriteLine(result.ToString());
        output.WriteLine("warnings and errors: " + result.HostErrorSummary());
        output.WriteLine(string.Join("\n", result.HostErrors.Select(e => e.Length > 3000 ? e[..3000] : e)));

        AssertEveryActivityStartedAndEndedOnceWithItsLastState(result);
    }

    private static void AssertEveryActivityStartedAndEndedOnceWithItsLastState(OrchestratorFleetResult result)
    {
        var starts = result.Succeeded(EmulatorEndpoint.Start);
        var ends = result.Succeeded(EmulatorEndpoint.End);
        var updates = result.Succeeded(EmulatorEndpoint.Update);
        var acknowledged = result.LastAcknowledged();
        result.Records.Should().HaveCount(OrchestratorFleetRun.Hosts * OrchestratorFleetRun.ActivitiesPerHost);
        acknowledged.Should().HaveCount(result.Records.Count, "every host acknowledged v1 of each of its activities");
        foreach (var record in result.Records)
        {
            record.State.Should().Be(LiveActivityState.Ended, "{0}: {1}", record.Key, record.LastError);
            starts[record.ActivityId!].Should().ContainSingle("{0} gets exactly one effective /start", record.Key);
            var end = ends[record.ActivityId!].Should().ContainSingle("{0} gets exactly one effective /end", record.Key).Subject;
            end.Timestamp.Should().BeBefore(record.EndsAt, "{0} ends before its ends_at", record.Key);
            var last = acknowledged[record.Key];
            updates[record.ActivityId!].Append(end).Select(OrchestratorFleetResult.Status).Should().Contain(
                last, "{0}: the last state acknowledged ({1}) reaches the devices, by an /update or the /end", record.Key, last);
        }

        starts.Sum(g => g.Count()).Should().Be(result.Records.Count, "no activity id outside the store's (an orphaned register) is ever started");
        ends.Sum(g => g.Count()).Should().Be(result.Records.Count);
    }
}
