using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Recovery;

/// <summary>
/// A host killed (disposed without a graceful stop, its in-flight work hung forever) between recording and sending, and between
/// sending and recording, each register, start, update and end; a new host on the same SQLite file finishes the activity with exactly
/// one effective /start and /end (the emulator's own records) and delivers the state published before the crash.
/// </summary>
public sealed class CrashRecoveryTests
{
    public static TheoryData<string> CrashPoints => new()
    {
        "before sending /register",
        "after sending /register",
        "before sending /start",
        "after sending /start",
        "before sending /update",
        "after sending /update",
        "before sending /end",
        "after sending /end",
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_new_host_on_the_same_file_finishes_with_one_effective_start_and_end(string crashPoint)
    {
        await using var h = new OrchestratorHarness(sqlite: true);
        Arm(h, crashPoint);
        await h.StartAsync();
        var endsAt = T0 + TimeSpan.FromHours(1);
        await h.Orchestrator.PlanAsync(Plan("order-1", T0 + TimeSpan.FromMinutes(1), endsAt, Content("delivered", "Delivered")));
        await h.Orchestrator.PublishAsync("order-1", Content("preparing"));

        await h.RunUntilAsync(endsAt);
        h.Crash.IsDead.Should().BeTrue("the host crashed " + crashPoint);

        await h.RestartAsync();
        await h.RunUntilAsync(endsAt + TimeSpan.FromMinutes(1));

        var status = (await h.Orchestrator.GetStatusAsync("order-1"))!;
        status.State.Should().Be(LiveActivityState.Ended, status.LastError);
        status.Starts.Should().Be(1);
        status.Ends.Should().Be(1);
        h.Requests(EmulatorEndpoint.Start).Should().ContainSingle("exactly one effective /start");
        h.Requests(EmulatorEndpoint.Start, status.ActivityId!).Should().ContainSingle();
        h.Requests(EmulatorEndpoint.End).Should().ContainSingle("exactly one effective /end");
        h.Requests(EmulatorEndpoint.End, status.ActivityId!).Should().ContainSingle();
        h.Emulator.GetActivity(status.ActivityId!)!.State.Should().Be(EmulatedActivityState.Dead);
        h.Requests(EmulatorEndpoint.Update, status.ActivityId!)
            .Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().Contain("preparing", "a publish accepted before the crash is never lost");
        if (crashPoint == "after sending /start")
        {
            h.Requests(EmulatorEndpoint.Start, status: 409).Should().ContainSingle("the second /start read 409 ALREADY_STARTED as landed");
        }

        if (crashPoint == "after sending /end")
        {
            h.Requests(EmulatorEndpoint.End, status: 404).Should().ContainSingle("the second /end read 404 NOT_FOUND as landed");
        }
    }

    [Fact]
    public async Task A_register_in_doubt_is_sent_again_and_logged_as_a_possible_orphan()
    {
        await using var h = new OrchestratorHarness(sqlite: true);
        Arm(h, "after sending /register");
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.SettleAsync();
        h.Crash.IsDead.Should().BeTrue();

        await h.RestartAsync();

        h.Requests(EmulatorEndpoint.Register).Should().HaveCount(2, "the API gives no way to find the first activity");
        h.Logger.Count("RegisterInDoubt").Should().Be(1);
        (await h.Orchestrator.GetStatusAsync("order-1"))!.State.Should().Be(LiveActivityState.Started);
    }

    [Fact]
    public async Task A_publish_accepted_while_the_host_is_down_waits_in_the_store()
    {
        await using var h = new OrchestratorHarness(sqlite: true);
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("order-1"));
        await h.RunUntilAsync(T0 + TimeSpan.FromSeconds(10));
        await h.Orchestrator.StopAsync();
        await h.Orchestrator.PublishAsync("order-1", Content("while-stopped"));

        await h.RestartAsync();
        await h.RunForAsync(TimeSpan.FromSeconds(5));

        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle()
            .Which.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>().Should().Be("while-stopped");
    }

    private static void Arm(OrchestratorHarness h, string crashPoint)
    {
        switch (crashPoint)
        {
            case "before sending /register": h.Client.CrashBefore = LiveActivityEndpoint.Register; break;
            case "before sending /start": h.Client.CrashBefore = LiveActivityEndpoint.Start; break;
            case "before sending /update": h.Client.CrashBefore = LiveActivityEndpoint.Update; break;
            case "before sending /end": h.Client.CrashBefore = LiveActivityEndpoint.End; break;
            case "after sending /register": h.CrashOnSave = r => r.State == LiveActivityState.Registered; break;
            case "after sending /start": h.CrashOnSave = r => r.State == LiveActivityState.Started; break;
            case "after sending /update": h.CrashOnSave = r => r.Updates == 1; break;
            case "after sending /end": h.CrashOnSave = r => r.State == LiveActivityState.Ended; break;
            default: throw new ArgumentOutOfRangeException(nameof(crashPoint), crashPoint, null);
        }
    }
}
