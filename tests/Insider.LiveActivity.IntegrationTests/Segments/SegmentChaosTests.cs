using System.Net;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;
using Xunit.Abstractions;

namespace Insider.LiveActivity.IntegrationTests.Segments;

/// <summary>
/// A 250,000-id segment (normal ids, filtered prefixes, duplicates) under random partial results and chunk failures on /add-users:
/// every id ends up confirmed by the emulator's state, filtered, or listed as unconfirmed, and nothing confirmed complete is listed.
/// </summary>
public class SegmentChaosTests(ITestOutputHelper output)
{
    private const int MaxRetries = 2;

    [Theory]
    [InlineData(1, 7_001)]
    [InlineData(4, 7_002)]
    public async Task RegisterSegmentAsync_QuarterMillionIdsWithPartialsAndFailedChunks_LosesNoIdAndListsNoConfirmedOne(int concurrency, int seed)
    {
        var random = new Random(seed);
        var harness = new SegmentHarness(concurrency, MaxRetries);
        var ids = Population(random);
        var chunks = SegmentHarness.Chunks(ids);
        harness.Emulator.Faults.Enqueue(EmulatorEndpoint.Register, EmulatorFault.PartialResult(random.Next(1, 3_000)));
        EnqueueAddUsersChaos(harness.Emulator, random);
        var progress = new ProgressLog();

        var result = await harness.Client.RegisterSegmentAsync(harness.Segment(ids), progress);

        var activity = harness.Emulator.GetActivity(result.ActivityId);
        activity.Should().NotBeNull("the activity id is never hidden");
        activity!.State.Should().Be(EmulatedActivityState.Registered);
        var registered = activity.Devices.GroupBy(d => d.InsiderId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var unconfirmed = result.UnconfirmedInsiderIds.ToHashSet(StringComparer.Ordinal);
        var confirmedChunks = harness.ChunksConfirmedByEmulator(chunks, EmulatorEndpoint.AddUsers);
        var expectedUnconfirmed = chunks.Where((_, i) => !confirmedChunks.Contains(i)).SelectMany(c => c).ToHashSet(StringComparer.Ordinal);

        unconfirmed.Should().BeEquivalentTo(expectedUnconfirmed, "exactly the chunks without a complete answer are listed");
        result.UnconfirmedInsiderIds.Should().OnlyHaveUniqueItems();
        var lost = chunks.SelectMany(c => c)
            .Where(id => !unconfirmed.Contains(id) && registered.GetValueOrDefault(id) != SegmentHarness.EligibleDevices(id))
            .Take(5).ToList();
        lost.Should().BeEmpty("an id not listed must be in the activity with all its eligible devices, or filtered");
        harness.Emulator.Requests.Should().OnlyContain(r => r.StatusCode != 429, "both budgets (1,000/min) are far above a few dozen requests");
        harness.Emulator.Requests.Where(r => r.Endpoint == EmulatorEndpoint.AddUsers || r.Endpoint == EmulatorEndpoint.Register)
            .Should().OnlyContain(r => r.ParseBody()!["insider_ids"]!.AsArray().Count <= SegmentHarness.ChunkSize);
        progress.Reports.Should().NotBeEmpty();
        progress.Reports[^1].CompletedChunks.Should().Be(chunks.Count);
        progress.Reports.Should().OnlyContain(p => p.TotalChunks == chunks.Count && p.TotalInsiderIds == chunks.Sum(c => c.Length));
        harness.Logger.FirstLineContaining(chunks.SelectMany(c => c).Take(2_000).Append(harness.Emulator.ApiKey)).Should().BeNull();

        output.WriteLine($"seed {seed}, concurrency {concurrency}: {ids.Count} ids, {chunks.Count} chunks, {confirmedChunks.Count} confirmed, " +
            $"{result.UnconfirmedInsiderIds.Count} unconfirmed ids, {result.Errors.Count} errors, added {result.Added}, refreshed {result.Refreshed}, " +
            $"skipped {result.Skipped.Total}, gdpr {result.GdprDeniedDetails.Count}, {harness.Emulator.Requests.Count} requests");
    }

    /// <summary>240,000 distinct ids over every prefix population, plus 10,000 duplicates, shuffled.</summary>
    private static List<string> Population(Random random)
    {
        string[] prefixes = ["multi-", "android-", "gdpr-", "unknown-", "ios16-", "nopush-", "notoken-"];
        var ids = new List<string>(250_000);
        for (var i = 0; i < 240_000; i++)
        {
            var roll = random.Next(100);
            ids.Add(roll < 80 ? $"seg{i}" : prefixes[(roll - 80) % prefixes.Length] + "seg" + i);
        }

        for (var i = 0; i < 10_000; i++)
        {
            ids.Add(ids[random.Next(240_000)]);
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
        return ids;
    }

    /// <summary>A random stream of /add-users faults: clean answers, partial results, transient faults that a retry absorbs, and chunks failed for good.</summary>
    private static void EnqueueAddUsersChaos(LiveActivityEmulator emulator, Random random)
    {
        for (var i = 0; i < 60; i++)
        {
            var endpoint = EmulatorEndpoint.AddUsers;
            switch (random.Next(10))
            {
                case 0 or 1 or 2:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.Delay(TimeSpan.Zero));
                    break;
                case 3 or 4:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.PartialResult(random.Next(1, 6_000)));
                    break;
                case 5:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.Status(HttpStatusCode.ServiceUnavailable));
                    break;
                case 6:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.UpstreamUnavailable(), MaxRetries + 1);
                    break;
                case 7:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.DropConnectionBeforeProcessing(), MaxRetries + 1);
                    break;
                case 8:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.DropConnectionAfterProcessing(), MaxRetries + 1);
                    break;
                default:
                    emulator.Faults.Enqueue(endpoint, EmulatorFault.PartialResult(random.Next(1, 100)), MaxRetries + 1);
                    break;
            }
        }
    }
}
