using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.IntegrationTests.Segments;

/// <summary>
/// An in-memory emulator and a client with aligned chunk sizes (10,000 on both sides). Both rate limits stay at their defaults
/// (1,000 per minute per endpoint): a 250,000-id segment takes a few dozen requests per endpoint, far below either limit.
/// </summary>
public sealed class SegmentHarness
{
    public const int ChunkSize = 10_000;
    public const string ActivityType = "SegmentActivityAttributes";

    public SegmentHarness(int concurrency, int maxRetries = 2)
    {
        Emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { TimeProvider = Clock, MaxInsiderIdsPerRequest = ChunkSize });
        var options = new LiveActivityOptions
        {
            ApiKey = Emulator.ApiKey,
            BaseAddress = new Uri("https://emulator.local/"),
            Timeout = Timeout.InfiniteTimeSpan,
            MaxInsiderIdsPerRequest = ChunkSize,
            SegmentConcurrency = concurrency,
            Retry = { MaxRetries = maxRetries, BaseDelay = TimeSpan.Zero, UseJitter = false },
        };
        Client = new LiveActivityClient(new HttpClient(Emulator.CreateHandler()), options, Logger, Clock);
    }

    public FakeTimeProvider Clock { get; } = new();

    public FakeLogger Logger { get; } = new();

    public LiveActivityEmulator Emulator { get; }

    public LiveActivityClient Client { get; }

    public RegisterSegmentRequest Segment(IEnumerable<string> ids) =>
        new() { ActivityType = ActivityType, InsiderIds = ids, EndsAt = Clock.GetUtcNow().AddHours(2) };

    /// <summary>The client's documented chunking: distinct ids in first-seen order, <see cref="ChunkSize"/> per chunk.</summary>
    public static List<string[]> Chunks(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Chunk(ChunkSize).ToList();

    /// <summary>Whether an id's default profile (README: id prefixes) has eligible devices, and how many.</summary>
    public static int EligibleDevices(string id) =>
        id.StartsWith("multi-", StringComparison.Ordinal) ? 2
        : id.StartsWith("android-", StringComparison.Ordinal) || id.StartsWith("ios16-", StringComparison.Ordinal) || id.StartsWith("nopush-", StringComparison.Ordinal)
          || id.StartsWith("notoken-", StringComparison.Ordinal) || id.StartsWith("unknown-", StringComparison.Ordinal) || id.StartsWith("gdpr-", StringComparison.Ordinal) ? 0
        : 1;

    /// <summary>The chunks (by index) for which the emulator delivered a complete answer: 200 without <c>partial</c>, or 422 (processed, all filtered).</summary>
    public HashSet<int> ChunksConfirmedByEmulator(List<string[]> chunks, EmulatorEndpoint endpoint)
    {
        var chunkOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < chunks.Count; i++)
        {
            chunkOf[chunks[i][0]] = i;
        }

        var confirmed = new HashSet<int>();
        foreach (var request in Emulator.Requests.Where(r => r.Endpoint == endpoint || (endpoint == EmulatorEndpoint.AddUsers && r.Endpoint == EmulatorEndpoint.Register)))
        {
            if (request.ConnectionDropped || request.StatusCode is not (200 or 422))
            {
                continue;
            }

            var response = JsonNode.Parse(request.ResponseBody)!.AsObject();
            if (response["partial"]?.GetValue<bool>() == true)
            {
                continue;
            }

            var first = request.ParseBody()!["insider_ids"]!.AsArray()[0]!.GetValue<string>();
            confirmed.Add(chunkOf[first]);
        }

        return confirmed;
    }
}
