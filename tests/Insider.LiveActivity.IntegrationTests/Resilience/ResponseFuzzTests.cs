using System.Net;
using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;

namespace Insider.LiveActivity.IntegrationTests.Resilience;

/// <summary>
/// Feeds 100,000 hostile bodies (every endpoint, every status) through the real client pipeline: every call ends in a
/// valid result or a <see cref="LiveActivityException"/>, and memory stays bounded.
/// </summary>
[Collection(SerialCollection.Name)]
public class ResponseFuzzTests
{
    private const int Cases = 100_000;
    private const int Seed = 20261122;
    private const int MaxResponseBytes = 16 * 1024;

    [Fact]
    public async Task AnyEndpoint_MutatedBodies_ReturnValidResultOrTypedException()
    {
        var current = (Status: HttpStatusCode.OK, Body: Array.Empty<byte>(), MediaType: (string?)null);
        using var handler = new ScriptedHandler((_, _) => ScriptedHandler.Reply(current.Status, current.Body, current.MediaType));
        using var http = new HttpClient(handler);
        var clock = new FakeTimeProvider();
        var client = new LiveActivityClient(http, new LiveActivityOptions
        {
            ApiKey = "fuzz-key",
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            MaxResponseBytes = MaxResponseBytes,
            Retry = { MaxRetries = 0 },
            RateLimit = { Enabled = false },
        }, logger: null, clock);
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>();
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < Cases; i++)
        {
            var caseSeed = random.Next();
            var caseRandom = new Random(caseSeed);
            current = (
                ResponseMutator.Statuses[caseRandom.Next(ResponseMutator.Statuses.Length)],
                ResponseMutator.Mutate(caseRandom, MaxResponseBytes),
                caseRandom.Next(4) switch { 0 => null, 1 => "text/html", _ => "application/json" });
            var endpoint = (LiveActivityEndpoint)caseRandom.Next(6);
            string outcome;
            try
            {
                outcome = await CallAsync(client, endpoint, clock.GetUtcNow());
            }
            catch (LiveActivityException ex)
            {
                ex.Endpoint.Should().Be(endpoint, "case {0} (seed {1})", i, caseSeed);
                outcome = ex.GetType().Name;
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Case {i} (seed {caseSeed}, {endpoint}, HTTP {(int)current.Status}) escaped as {ex.GetType().Name}: {ex.Message}");
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        handler.Requests.Should().Be(Cases);
        outcomes.Keys.Should().Contain(["success", nameof(LiveActivityException), nameof(LiveActivityValidationException), nameof(LiveActivityServiceUnavailableException)]);
        (memoryAfter - memoryBefore).Should().BeLessThan(64L * 1024 * 1024, "memory must stay bounded across {0} cases", Cases);
    }

    private static async Task<string> CallAsync(LiveActivityClient client, LiveActivityEndpoint endpoint, DateTimeOffset now)
    {
        var content = new LiveActivityContent { Title = "t", Message = "m", ContentState = new JsonObject { ["status"] = "preparing" } };
        switch (endpoint)
        {
            case LiveActivityEndpoint.Register:
                var registered = await client.RegisterAsync(new RegisterRequest { ActivityType = "A", InsiderIds = ["u1"], EndsAt = now.AddHours(1) });
                registered.ActivityId.Should().NotBeNullOrEmpty();
                registered.Skipped.Should().NotBeNull();
                registered.GdprDeniedDetails.Should().NotBeNull();
                break;
            case LiveActivityEndpoint.AddUsers:
                var added = await client.AddUsersAsync(new AddUsersRequest { ActivityId = "a1", ActivityType = "A", InsiderIds = ["u1"] });
                added.ActivityId.Should().NotBeNullOrEmpty();
                added.Skipped.Should().NotBeNull();
                break;
            case LiveActivityEndpoint.RemoveUsers:
                var removed = await client.RemoveUsersAsync(new RemoveUsersRequest { ActivityId = "a1", ActivityType = "A", InsiderIds = ["u1"] });
                removed.GdprDeniedDetails.Should().NotBeNull();
                break;
            case LiveActivityEndpoint.Start:
                (await client.StartAsync(new StartRequest { ActivityId = "a1", ActivityType = "A", Content = content })).Should().NotBeNull();
                break;
            case LiveActivityEndpoint.Update:
                (await client.UpdateAsync(new UpdateRequest { ActivityId = "a1", ActivityType = "A", Content = content })).Should().NotBeNull();
                break;
            default:
                (await client.EndAsync(new EndRequest { ActivityId = "a1", ActivityType = "A", Content = content })).Should().NotBeNull();
                break;
        }

        return "success";
    }
}
