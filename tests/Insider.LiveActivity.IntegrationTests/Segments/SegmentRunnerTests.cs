using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;

namespace Insider.LiveActivity.IntegrationTests.Segments;

/// <summary>RegisterSegmentAsync / RemoveSegmentUsersAsync over a scripted API: chunking, de-duplication, partial re-sends, stops and accounting.</summary>
public class SegmentRunnerTests
{
    private const string ActivityId = "550e8400-e29b-41d4-a716-446655440000";

    [Fact]
    public async Task RegisterSegmentAsync_25001UniqueIdsWithDuplicates_RegistersOneActivityInThreeChunks()
    {
        var ids = Enumerable.Range(0, 25_001).Select(i => $"user-{i}").ToList();
        var api = new SegmentApi((_, _, chunk) => Ok(chunk.Count));
        var client = api.CreateClient();
        var reports = new ConcurrentBag<SegmentProgress>();

        var result = await client.RegisterSegmentAsync(
            new RegisterSegmentRequest { ActivityType = "A", InsiderIds = ids.Concat(ids.Take(500)), EndsAt = api.Clock.GetUtcNow().AddHours(1) },
            new SynchronousProgress(reports.Add));

        result.ActivityId.Should().Be(ActivityId);
        result.IsComplete.Should().BeTrue();
        result.Added.Should().Be(25_001);
        result.Matched.Should().Be(25_001);
        api.Calls.Select(c => c.Path).Should().BeEquivalentTo(["register", "add-users", "add-users"]);
        api.Calls.SelectMany(c => c.Ids).Should().OnlyHaveUniqueItems().And.HaveCount(25_001);
        reports.Max(r => r.CompletedChunks).Should().Be(3);
        reports.Should().OnlyContain(r => r.TotalChunks == 3 && r.TotalInsiderIds == 25_001);
    }

    [Fact]
    public async Task RegisterSegmentAsync_PartialChunk_ResendsTheWholeChunkUntilComplete()
    {
        var addCalls = 0;
        var api = new SegmentApi((path, _, chunk) => path == "add-users" && Interlocked.Increment(ref addCalls) == 1
            ? Ok(chunk.Count - 50, partial: 50)
            : path == "add-users" ? Ok(50, refreshed: chunk.Count - 50) : Ok(chunk.Count));
        var client = api.CreateClient(maxIds: 100);

        var result = await client.RegisterSegmentAsync(Request(api, 200));

        result.IsComplete.Should().BeTrue();
        result.Added.Should().Be(200);
        result.Refreshed.Should().Be(0);
        api.Calls.Count(c => c.Path == "add-users").Should().Be(2);
    }

    [Fact]
    public async Task RegisterSegmentAsync_ChunkStillPartialAfterMaxRetries_ListsTheWholeChunkAsUnconfirmed()
    {
        var api = new SegmentApi((path, _, chunk) => path == "add-users" ? Ok(chunk.Count - 1, partial: 1) : Ok(chunk.Count));
        var client = api.CreateClient(maxIds: 100, maxRetries: 2);

        var result = await client.RegisterSegmentAsync(Request(api, 150));

        result.IsComplete.Should().BeFalse();
        result.UnconfirmedInsiderIds.Should().Equal(Enumerable.Range(100, 50).Select(i => $"user-{i}"));
        api.Calls.Count(c => c.Path == "add-users").Should().Be(3, "the first send and MaxRetries (2) re-sends");
    }

    [Fact]
    public async Task RegisterSegmentAsync_ActivityGoneMidway_StopsRemainingChunksAndKeepsTheActivityId()
    {
        var api = new SegmentApi((path, n, chunk) => path == "add-users" && n == 3
            ? (HttpStatusCode.NotFound, """{"error":"activity not found","code":"NOT_FOUND"}""")
            : Ok(chunk.Count));
        var client = api.CreateClient(maxIds: 10, concurrency: 1);

        var result = await client.RegisterSegmentAsync(Request(api, 60));

        result.ActivityId.Should().Be(ActivityId);
        result.Errors.Should().ContainSingle().Which.Should().BeOfType<ActivityNotFoundException>();
        result.UnconfirmedInsiderIds.Should().Equal(Enumerable.Range(20, 40).Select(i => $"user-{i}"));
        api.Calls.Should().HaveCount(3);
    }

    [Fact]
    public async Task RegisterSegmentAsync_RejectedChunk_ListsOnlyThatChunkAndGoesOn()
    {
        var api = new SegmentApi((path, n, chunk) => path == "add-users" && chunk[0] == "user-10"
            ? (HttpStatusCode.BadRequest, """{"error":"bad","code":"VALIDATION_FAILED"}""")
            : Ok(chunk.Count));
        var client = api.CreateClient(maxIds: 10);

        var result = await client.RegisterSegmentAsync(Request(api, 40));

        result.UnconfirmedInsiderIds.Should().Equal(Enumerable.Range(10, 10).Select(i => $"user-{i}"));
        result.Added.Should().Be(30);
        result.Errors.Should().ContainSingle().Which.Should().BeOfType<LiveActivityValidationException>();
    }

    [Fact]
    public async Task RegisterSegmentAsync_FirstChunkAllFiltered_RegistersWithTheNextChunk()
    {
        var api = new SegmentApi((path, n, chunk) => n == 1
            ? (HttpStatusCode.UnprocessableEntity, """{"error":"no eligible device found for the given insider_ids","code":"NO_ELIGIBLE_DEVICE","skipped":{"unsupported_platform":10}}""")
            : Ok(chunk.Count));
        var client = api.CreateClient(maxIds: 10);

        var result = await client.RegisterSegmentAsync(Request(api, 30));

        result.IsComplete.Should().BeTrue();
        result.Skipped.UnsupportedPlatform.Should().Be(10);
        result.Added.Should().Be(20);
        api.Calls.Select(c => c.Path).Should().Equal("register", "register", "add-users");
    }

    [Fact]
    public async Task RegisterSegmentAsync_EveryChunkFiltered_ThrowsNoEligibleDeviceWithTheSummedBreakdown()
    {
        var api = new SegmentApi((_, _, _) =>
            (HttpStatusCode.UnprocessableEntity, """{"error":"none","code":"NO_ELIGIBLE_DEVICE","skipped":{"push_permission_disabled":10}}"""));
        var client = api.CreateClient(maxIds: 10);

        var act = () => client.RegisterSegmentAsync(Request(api, 20));

        var error = (await act.Should().ThrowAsync<NoEligibleDeviceException>()).Which;
        error.Skipped.PushPermissionDisabled.Should().Be(20);
        api.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task RegisterSegmentAsync_NoIds_ThrowsValidationWithoutSending()
    {
        var api = new SegmentApi((_, _, chunk) => Ok(chunk.Count));
        var client = api.CreateClient();

        var act = () => client.RegisterSegmentAsync(new RegisterSegmentRequest { ActivityType = "A", InsiderIds = [], EndsAt = api.Clock.GetUtcNow().AddHours(1) });

        (await act.Should().ThrowAsync<LiveActivityValidationException>()).Which.ErrorCode.Should().Be(LiveActivityErrorCodes.InsiderIdsOutOfRange);
        api.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task RemoveSegmentUsersAsync_ManyIds_RemovesInChunksAndSumsRemoved()
    {
        var api = new SegmentApi((_, _, chunk) => (HttpStatusCode.OK, $$"""{"status":"success","activity_id":"{{ActivityId}}","removed":{{chunk.Count * 2}}}"""));
        var client = api.CreateClient(maxIds: 10);

        var result = await client.RemoveSegmentUsersAsync(new RemoveSegmentUsersRequest { ActivityId = ActivityId, ActivityType = "A", InsiderIds = Enumerable.Range(0, 35).Select(i => $"u{i}") });

        result.Removed.Should().Be(70);
        result.IsComplete.Should().BeTrue();
        api.Calls.Should().HaveCount(4).And.OnlyContain(c => c.Path == "remove-users");
    }

    private static RegisterSegmentRequest Request(SegmentApi api, int count) =>
        new() { ActivityType = "A", InsiderIds = Enumerable.Range(0, count).Select(i => $"user-{i}"), EndsAt = api.Clock.GetUtcNow().AddHours(1) };

    private static (HttpStatusCode, string) Ok(int added, int refreshed = 0, int partial = 0) =>
        (HttpStatusCode.OK, $$"""{"status":"success","activity_id":"{{ActivityId}}","matched":{{added + refreshed}},"added":{{added}},"refreshed":{{refreshed}},"removed":0,"skipped":{}{{(partial > 0 ? $",\"partial\":true,\"unprocessed_insider_id_count\":{partial}" : "")}}}""");

    private sealed class SynchronousProgress(Action<SegmentProgress> report) : IProgress<SegmentProgress>
    {
        public void Report(SegmentProgress value) => report(value);
    }

    /// <summary>A scripted API: the answer depends on the endpoint, the call number and the ids of the chunk.</summary>
    private sealed class SegmentApi(Func<string, int, IReadOnlyList<string>, (HttpStatusCode Status, string Body)> answer)
    {
        private int _calls;

        public FakeTimeProvider Clock { get; } = new();

        public ConcurrentQueue<(string Path, IReadOnlyList<string> Ids)> Calls { get; } = new();

        public LiveActivityClient CreateClient(int maxIds = 10_000, int maxRetries = 4, int concurrency = 4)
        {
            var handler = new ScriptedHandler((request, _) =>
            {
                var path = request.RequestUri!.Segments[^1];
                var body = JsonNode.Parse(request.Content!.ReadAsStringAsync().GetAwaiter().GetResult())!;
                var ids = body["insider_ids"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
                Calls.Enqueue((path, ids));
                var (status, text) = answer(path, Interlocked.Increment(ref _calls), ids);
                return ScriptedHandler.Reply(status, Encoding.UTF8.GetBytes(text), "application/json");
            });
            return new LiveActivityClient(new HttpClient(handler), new LiveActivityOptions
            {
                ApiKey = "segment-key",
                BaseAddress = new Uri("http://127.0.0.1:9/"),
                MaxInsiderIdsPerRequest = maxIds,
                SegmentConcurrency = concurrency,
                Retry = { MaxRetries = maxRetries, BaseDelay = TimeSpan.Zero },
                RateLimit = { Enabled = false },
            }, logger: null, Clock);
        }
    }
}
