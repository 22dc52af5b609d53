using System.Net;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Segments;

/// <summary>Errors that concern the whole activity stop the remaining chunks; removal runs in chunks too.</summary>
public class SegmentStopTests
{
    [Theory]
    [InlineData(HttpStatusCode.Conflict, "ALREADY_STARTED", typeof(ActivityAlreadyStartedException))]
    [InlineData(HttpStatusCode.NotFound, "NOT_FOUND", typeof(ActivityNotFoundException))]
    public async Task RegisterSegmentAsync_ActivityErrorOnThirdAddUsersChunk_StopsAndListsTheRemainingChunks(HttpStatusCode status, string code, Type errorType)
    {
        var harness = new SegmentHarness(concurrency: 1);
        var ids = Enumerable.Range(0, 120_000).Select(i => $"stop{i}").ToList();
        var chunks = SegmentHarness.Chunks(ids);
        harness.Emulator.Faults.Enqueue(EmulatorEndpoint.AddUsers, EmulatorFault.Delay(TimeSpan.Zero), 2);
        harness.Emulator.Faults.Enqueue(EmulatorEndpoint.AddUsers, EmulatorFault.Status(status, code));
        var progress = new ProgressLog();

        var result = await harness.Client.RegisterSegmentAsync(harness.Segment(ids), progress);

        result.ActivityId.Should().NotBeNullOrEmpty("the activity id is never hidden by a failed chunk");
        harness.Emulator.GetActivity(result.ActivityId)!.Devices.Should().HaveCount(30_000, "the register chunk and two add-users chunks landed");
        harness.Emulator.Requests.Count(r => r.Endpoint == EmulatorEndpoint.AddUsers).Should().Be(3, "nothing is sent after an error that concerns the whole activity");
        result.UnconfirmedInsiderIds.Should().BeEquivalentTo(chunks.Skip(3).SelectMany(c => c), "the failed chunk and every chunk not sent are listed");
        result.Errors.Should().ContainSingle().Which.Should().BeOfType(errorType);
        result.IsComplete.Should().BeFalse();
        progress.Reports[^1].Should().BeEquivalentTo(new { CompletedChunks = 12, TotalChunks = 12, ConfirmedInsiderIds = 30_000, TotalInsiderIds = 120_000 });
    }

    [Fact]
    public async Task RegisterSegmentAsync_CleanRun_ReportsProgressUpToTotalChunks()
    {
        var harness = new SegmentHarness(concurrency: 4);
        var ids = Enumerable.Range(0, 95_000).Select(i => $"p{i}").ToList();
        var progress = new ProgressLog();

        var result = await harness.Client.RegisterSegmentAsync(harness.Segment(ids), progress);

        result.IsComplete.Should().BeTrue();
        result.Added.Should().Be(95_000);
        progress.Reports.Select(p => p.CompletedChunks).Should().BeEquivalentTo(Enumerable.Range(1, 10));
        progress.Reports[^1].Should().BeEquivalentTo(new { CompletedChunks = 10, TotalChunks = 10, ConfirmedInsiderIds = 95_000, ActivityId = result.ActivityId });
    }

    [Fact]
    public async Task RemoveSegmentUsersAsync_TwentyFiveThousandIds_RemovesInChunksOfTenThousand()
    {
        var harness = new SegmentHarness(concurrency: 2);
        var ids = Enumerable.Range(0, 30_000).Select(i => $"rm{i}").ToList();
        var registered = await harness.Client.RegisterSegmentAsync(harness.Segment(ids));
        var progress = new ProgressLog();

        var removed = await harness.Client.RemoveSegmentUsersAsync(
            new RemoveSegmentUsersRequest { ActivityId = registered.ActivityId, ActivityType = SegmentHarness.ActivityType, InsiderIds = ids.Take(25_000).Concat(ids.Take(100)) },
            progress);

        removed.Removed.Should().Be(25_000);
        removed.IsComplete.Should().BeTrue();
        var removeRequests = harness.Emulator.Requests.Where(r => r.Endpoint == EmulatorEndpoint.RemoveUsers).ToList();
        removeRequests.Select(r => r.ParseBody()!["insider_ids"]!.AsArray().Count).Should().BeEquivalentTo([10_000, 10_000, 5_000]);
        harness.Emulator.GetActivity(registered.ActivityId)!.Devices.Select(d => d.InsiderId).Should().BeEquivalentTo(ids.Skip(25_000));
        progress.Reports[^1].Should().BeEquivalentTo(new { CompletedChunks = 3, TotalChunks = 3 });
    }
}
