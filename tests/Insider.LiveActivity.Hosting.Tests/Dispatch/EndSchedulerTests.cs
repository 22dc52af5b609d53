namespace Insider.LiveActivity.Hosting.Tests.Dispatch;

/// <summary>Ends that share a deadline are released early enough for the /end budget, earliest deadline first.</summary>
public sealed class EndSchedulerTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cost = TimeSpan.FromMinutes(1) / 1_000;

    [Fact]
    public void Twenty_thousand_ends_at_the_same_minute_begin_twenty_minutes_before_it()
    {
        var scheduler = new EndScheduler(Cost);
        for (var i = 0; i < 20_000; i++)
        {
            scheduler.Set("k" + i, Deadline);
        }

        scheduler.ReleaseAt.Should().Be(Deadline - TimeSpan.FromMinutes(20));
        scheduler.TryRelease(Deadline - TimeSpan.FromMinutes(20) - TimeSpan.FromTicks(1), out _).Should().BeFalse();
        scheduler.TryRelease(Deadline - TimeSpan.FromMinutes(20), out _).Should().BeTrue();
        scheduler.ReleaseAt.Should().Be(Deadline - TimeSpan.FromMinutes(20) + Cost, "one end of budget later");
    }

    [Fact]
    public void Releases_the_earliest_deadline_first_and_a_lone_end_one_cost_before_its_deadline()
    {
        var scheduler = new EndScheduler(Cost);
        scheduler.Set("late", Deadline + TimeSpan.FromHours(1));
        scheduler.Set("early", Deadline);

        scheduler.ReleaseAt.Should().Be(Deadline - Cost);
        scheduler.TryRelease(Deadline, out var first).Should().BeTrue();
        first.Should().Be("early");
        scheduler.TryRelease(Deadline, out _).Should().BeFalse();
        scheduler.ReleaseAt.Should().Be(Deadline + TimeSpan.FromHours(1) - Cost);
    }

    [Fact]
    public void An_end_released_and_set_again_at_the_same_deadline_waits_again()
    {
        var scheduler = new EndScheduler(Cost);
        scheduler.Set("a", Deadline);
        scheduler.TryRelease(Deadline, out _).Should().BeTrue();
        scheduler.Count.Should().Be(0);

        scheduler.Set("a", Deadline);

        scheduler.Count.Should().Be(1, "a released end forgets its deadline, so the same deadline set again is a new wait");
        scheduler.TryRelease(Deadline, out var again).Should().BeTrue();
        again.Should().Be("a");
    }

    [Fact]
    public void A_removed_or_moved_end_is_no_longer_released()
    {
        var scheduler = new EndScheduler(Cost);
        scheduler.Set("a", Deadline);
        scheduler.Set("a", null);
        scheduler.ReleaseAt.Should().BeNull();
        scheduler.Set("b", Deadline);
        scheduler.Set("b", Deadline + TimeSpan.FromMinutes(5));
        scheduler.Count.Should().Be(1);
        scheduler.ReleaseAt.Should().Be(Deadline + TimeSpan.FromMinutes(5) - Cost);
    }
}
