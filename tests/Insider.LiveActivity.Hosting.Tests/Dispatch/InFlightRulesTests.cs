using Insider.LiveActivity.Hosting.Tests.Infrastructure;
using Insider.LiveActivity.Testing;
using static Insider.LiveActivity.Hosting.Tests.Infrastructure.OrchestratorHarness;

namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>What happens while a request is out: the client's <see cref="CallGate"/> holds it, the clock and the caller go on.</summary>
public sealed class InFlightRulesTests
{
    [Fact]
    public async Task A_state_published_while_an_update_is_out_is_sent_after_it_and_the_older_one_is_not_sent_again()
    {
        await using var h = await UpdateOutAsync("first");
        await h.Orchestrator.PublishAsync("a", Content("second"));
        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        h.Requests(EmulatorEndpoint.Update).Select(r => r.ParseBody()!["content"]!["content_state"]!["status"]!.GetValue<string>())
            .Should().Equal(["first", "second"], "'second' came after 'first' was taken, so the answer to 'first' must not mark it delivered");
        var status = await h.Orchestrator.GetStatusAsync("a");
        status!.HasPendingUpdate.Should().BeFalse();
        status.Updates.Should().Be(2);
    }

    [Fact]
    public async Task A_state_published_and_delivered_in_one_update_leaves_nothing_pending()
    {
        await using var h = await StartedActivityAsync();

        await h.Orchestrator.PublishAsync("a", Content("only"));
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        h.Requests(EmulatorEndpoint.Update).Should().ContainSingle();
        (await h.Orchestrator.GetStatusAsync("a"))!.HasPendingUpdate.Should().BeFalse();
        var stored = (await h.InnerStore.GetAsync("a"))!;
        stored.PendingContent.Should().BeNull("a delivered state is not kept as pending in the store");
        stored.StaleSince.Should().BeNull("nothing waits, so nothing is stale");
    }

    [Fact]
    public async Task A_state_published_while_an_update_is_out_is_stale_from_when_that_update_was_sent()
    {
        await using var h = await StartedActivityAsync();
        h.Client.Gate.Endpoint = LiveActivityEndpoint.Update;
        await h.Orchestrator.PublishAsync("a", Content("first"));
        await h.RunForAsync(TimeSpan.FromSeconds(2));
        var sentAt = h.Clock.GetUtcNow();
        await h.Orchestrator.PublishAsync("a", Content("second"));
        h.Clock.Advance(TimeSpan.FromMilliseconds(300));

        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await h.SettleAsync();

        var stored = (await h.InnerStore.GetAsync("a"))!;
        stored.PendingContent!.ContentState["status"]!.GetValue<string>().Should().Be("second");
        stored.StaleSince.Should().BeOnOrBefore(sentAt, "the device has shown a state older than 'second' since 'first' was taken");
    }

    [Fact]
    public async Task Never_more_requests_of_one_endpoint_out_than_MaxConcurrentRequestsPerEndpoint()
    {
        await using var h = new OrchestratorHarness(configure: o => o.MaxConcurrentRequestsPerEndpoint = 2);
        await h.StartAsync();
        h.Client.Gate.Endpoint = LiveActivityEndpoint.Register;
        for (var i = 0; i < 5; i++)
        {
            await h.Orchestrator.PlanAsync(Plan("order-" + i));
        }

        await h.RunForAsync(TimeSpan.FromSeconds(5));
        h.Client.Gate.Held.Should().Be(2, "two registrations are out and the other three wait for a free place");

        h.Client.Gate.Release();
        await h.RunForAsync(TimeSpan.FromSeconds(5));
        h.Client.Gate.Held.Should().Be(2);
        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await h.RunForAsync(TimeSpan.FromSeconds(10));

        h.Client.Gate.Peak.Should().Be(2);
        h.Requests(EmulatorEndpoint.Register).Should().HaveCount(5);
        h.Requests(EmulatorEndpoint.Start).Should().HaveCount(5, "every activity starts once its registration is back");
    }

    [Fact]
    public async Task A_registration_with_unconfirmed_ids_is_registered_and_says_how_many_were_not_confirmed()
    {
        await using var h = new OrchestratorHarness();
        h.Client.OnRegistered = r => r with { UnconfirmedInsiderIds = ["a-user-1", "a-user-2"] };
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", startAt: T0 + TimeSpan.FromHours(1), users: 3));
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(40));

        var status = await h.Orchestrator.GetStatusAsync("a");
        status!.State.Should().Be(LiveActivityState.Registered);
        status.LastError.Should().Be("2 insider ids were not confirmed by the API");
    }

    [Fact]
    public async Task A_complete_registration_leaves_no_error()
    {
        await using var h = new OrchestratorHarness();
        await h.StartAsync();
        await h.Orchestrator.PlanAsync(Plan("a", startAt: T0 + TimeSpan.FromHours(1), users: 3));
        await h.RunUntilAsync(T0 + TimeSpan.FromMinutes(40));

        var status = await h.Orchestrator.GetStatusAsync("a");
        status!.State.Should().Be(LiveActivityState.Registered);
        status.LastError.Should().BeNull();
    }

    [Fact]
    public async Task An_activity_is_not_expired_while_its_request_is_out_and_expires_once_the_request_is_back()
    {
        await using var h = await UpdateOutAsync("late");

        await h.RunUntilAsync(T0 + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        (await h.Orchestrator.GetStatusAsync("a"))!.State.Should().Be(
            LiveActivityState.Started, "an activity has one unit of work at a time: its expiry waits for the /update that is out");

        h.Client.Gate.Endpoint = null;
        h.Client.Gate.Release();
        await h.RunForAsync(TimeSpan.FromSeconds(10));
        var status = (await h.Orchestrator.GetStatusAsync("a"))!;
        status.State.Should().Be(LiveActivityState.Failed, "the API no longer knows an activity past its ends_at");
        status.LastError.Should().StartWith("Update: ActivityNotFoundException (HTTP 404");
        h.Requests(EmulatorEndpoint.End, status: null).Should().BeEmpty("ends_at had passed when the update came back");
    }
}
