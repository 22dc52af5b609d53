using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.IntegrationTests.Chaos;

/// <summary>Sets a scenario up with the fault queue empty, runs the call under test with its faults, and checks every invariant.</summary>
public static class ChaosRunner
{
    public const string ActivityType = "ChaosActivityAttributes";

    private static readonly LiveActivityContent Content = new() { Title = "t", Message = "m", ContentState = new JsonObject { ["step"] = 1 } };

    /// <summary>Runs the scenario; returns <see langword="null"/> when every invariant holds, else what broke (prefixed by the scenario and seed).</summary>
    /// <param name="drive">Called with the pending call and the attempt count before it (Kestrel: advances the clocks for delays); <see langword="null"/> in memory.</param>
    public static async Task<string?> RunAsync(
        ChaosScenario scenario, bool reconcile, LiveActivityEmulator emulator, LiveActivityClient client, TimeProvider clock, CountingHandler counter, FakeLogger logger,
        Func<Task, int, Task>? drive = null)
    {
        string Fail(string what) => $"{scenario} (reconcile {reconcile}): {what}";
        var activityId = await SetUpAsync(scenario, emulator, client, clock.GetUtcNow().AddHours(1));
        emulator.ClearRecords();
        var attemptsBefore = counter.Entered;
        foreach (var fault in scenario.Faults)
        {
            emulator.Faults.Enqueue(scenario.Endpoint.ToEmulator(), fault.ToEmulator());
        }

        var call = CallAsync(scenario, client, activityId, clock.GetUtcNow().AddHours(1));
        if (drive is not null)
        {
            await drive(call, attemptsBefore);
        }

        object? result = null;
        LiveActivityException? error = null;
        try
        {
            result = await call;
        }
        catch (LiveActivityException ex)
        {
            error = ex;
        }

        var expected = ChaosOracle.Expect(scenario.Endpoint, scenario.Setup, scenario.Faults, scenario.MaxRetries, reconcile);
        var attempts = counter.Entered - attemptsBefore;
        var requests = await SettledRequestsAsync(emulator, scenario.Endpoint.ToEmulator(), attempts);
        emulator.Faults.Clear();

        // Invariants on the number of sends.
        if (requests.Count != attempts)
        {
            return Fail($"the client made {attempts} attempts but the emulator recorded {requests.Count}");
        }

        var idempotent = scenario.Endpoint is not (LiveActivityEndpoint.Start or LiveActivityEndpoint.End);
        if (idempotent && attempts > scenario.MaxRetries + 1)
        {
            return Fail($"an idempotent call was sent {attempts} times, more than MaxRetries + 1 = {scenario.MaxRetries + 1}");
        }

        if (!idempotent && !reconcile && attempts != 1)
        {
            return Fail($"{scenario.Endpoint} without reconciliation was sent {attempts} times, not exactly once");
        }

        // Records are in completion order: over a socket a timed-out first send is recorded when its abort reaches the server, possibly after the replay.
        if (!idempotent && reconcile && (attempts > 2 || (attempts == 2 && !requests.Any(r => r.ConnectionDropped))))
        {
            return Fail($"{scenario.Endpoint} with reconciliation was sent {attempts} times, none dropped; a second send is allowed only after an unknown outcome");
        }

        if (attempts != expected.Attempts)
        {
            return Fail($"expected {expected.Attempts} attempts, got {attempts}");
        }

        // The reported outcome is the documented one for the last attempt.
        if (expected.ExceptionType is null && error is not null)
        {
            return Fail($"expected success (reconciled {expected.Reconciled}) but got {error.GetType().Name} {(int?)error.StatusCode}: {error.Message}");
        }

        if (expected.ExceptionType is { } type)
        {
            if (error is null)
            {
                return Fail($"expected {type.Name} but the call succeeded");
            }

            if (error.GetType() != type || (int?)error.StatusCode != expected.StatusCode || error.Attempts != expected.Attempts)
            {
                return Fail($"expected {type.Name} (status {expected.StatusCode?.ToString() ?? "null"}, {expected.Attempts} attempts) but got " +
                    $"{error.GetType().Name} (status {((int?)error.StatusCode)?.ToString() ?? "null"}, {error.Attempts} attempts): {error.Message}");
            }

            if (error.ToString().Contains(emulator.ApiKey, StringComparison.Ordinal))
            {
                return Fail("the exception text contains the API key");
            }
        }

        if (result is PushSummary summary && summary.Reconciled != expected.Reconciled)
        {
            return Fail($"expected Reconciled = {expected.Reconciled}, got {summary.Reconciled}");
        }

        return CheckState(scenario, emulator, activityId, result, expected) is { } stateFailure ? Fail(stateFailure)
            : logger.FirstLineContaining(scenario.AllIds.Append(emulator.ApiKey)) is { } leak ? Fail($"a log line leaks a secret or an insider id: {leak}")
            : null;
    }

    /// <summary>What the SDK reported agrees with the emulator's state afterwards.</summary>
    private static string? CheckState(ChaosScenario scenario, LiveActivityEmulator emulator, string? activityId, object? result, ChaosExpectation expected)
    {
        if (scenario.Endpoint == LiveActivityEndpoint.Register)
        {
            if (result is ActivityRegistration registration)
            {
                var created = emulator.GetActivity(registration.ActivityId);
                if (created is not { State: EmulatedActivityState.Registered } || created.Devices.Count != 3 || registration.Matched != 3 || registration.Skipped.UnsupportedPlatform != 1)
                {
                    return $"/register succeeded with {registration} but the emulator holds {Describe(created)}";
                }
            }

            return null;
        }

        var snapshot = emulator.GetActivity(activityId!);
        var state = snapshot?.State ?? EmulatedActivityState.Dead;
        if (state != expected.FinalState)
        {
            return $"expected the activity {expected.FinalState} afterwards, the emulator says {Describe(snapshot)} (result {result})";
        }

        if (result is PushSummary { Reconciled: false } pushed && pushed.SessionsTriggered != 3)
        {
            return $"expected 3 sessions triggered, got {pushed.SessionsTriggered}";
        }

        var normal = scenario.Setup == ChaosSetup.Normal;
        switch (scenario.Endpoint)
        {
            case LiveActivityEndpoint.AddUsers when normal:
                var added = snapshot!.Devices.Any(d => d.InsiderId == scenario.AddIds[0]);
                if (added != expected.ProcessedWithSuccess > 0 || (result is ActivityRegistration add && add.Matched != 3))
                {
                    return $"/add-users processed {expected.ProcessedWithSuccess} times, but the id is {(added ? string.Empty : "not ")}in the activity (result {result})";
                }

                break;
            case LiveActivityEndpoint.RemoveUsers when normal:
                var present = snapshot!.Devices.Any(d => d.InsiderId == scenario.RemoveIds[0]);
                if (present == expected.ProcessedWithSuccess > 0 || (result is ActivityRegistration remove && remove.Removed != (expected.ProcessedWithSuccess == 1 ? 1 : 0)))
                {
                    return $"/remove-users processed {expected.ProcessedWithSuccess} times, but the id is {(present ? string.Empty : "not ")}in the activity (result {result})";
                }

                break;
            case LiveActivityEndpoint.Start or LiveActivityEndpoint.Update or LiveActivityEndpoint.End:
                var eventName = scenario.Endpoint.ToString().ToLowerInvariant();
                var pushes = emulator.Pushes.Count(p => p.ActivityId == activityId && p.Event == eventName);
                if (pushes != 3 * expected.ProcessedWithSuccess)
                {
                    return $"expected {3 * expected.ProcessedWithSuccess} '{eventName}' pushes, the emulator sent {pushes}";
                }

                break;
        }

        return null;
    }

    private static string Describe(ActivitySnapshot? snapshot) =>
        snapshot is null ? "no activity" : $"{snapshot.State} with {snapshot.Devices.Count} devices";

    private static async Task<string?> SetUpAsync(ChaosScenario scenario, LiveActivityEmulator emulator, LiveActivityClient client, DateTimeOffset endsAt)
    {
        if (scenario.Endpoint == LiveActivityEndpoint.Register)
        {
            return null;
        }

        var id = (await client.RegisterAsync(new RegisterRequest { ActivityType = ActivityType, InsiderIds = scenario.RegisterIds, EndsAt = endsAt })).ActivityId;
        var started = scenario.Setup != ChaosSetup.Normal || scenario.Endpoint is LiveActivityEndpoint.Update or LiveActivityEndpoint.End;
        if (started)
        {
            await client.StartAsync(new StartRequest { ActivityId = id, ActivityType = ActivityType, Content = Content });
            emulator.CompleteTokenSync(id);
        }

        if (scenario.Setup == ChaosSetup.AlreadyEnded)
        {
            await client.EndAsync(new EndRequest { ActivityId = id, ActivityType = ActivityType, Content = Content });
        }

        return id;
    }

    private static async Task<object> CallAsync(ChaosScenario scenario, LiveActivityClient client, string? id, DateTimeOffset endsAt) => scenario.Endpoint switch
    {
        LiveActivityEndpoint.Register => await client.RegisterAsync(new RegisterRequest { ActivityType = ActivityType, InsiderIds = scenario.RegisterIds, EndsAt = endsAt }),
        LiveActivityEndpoint.AddUsers => await client.AddUsersAsync(new AddUsersRequest { ActivityId = id!, ActivityType = ActivityType, InsiderIds = scenario.AddIds }),
        LiveActivityEndpoint.RemoveUsers => await client.RemoveUsersAsync(new RemoveUsersRequest { ActivityId = id!, ActivityType = ActivityType, InsiderIds = scenario.RemoveIds }),
        LiveActivityEndpoint.Start => await client.StartAsync(new StartRequest { ActivityId = id!, ActivityType = ActivityType, Content = Content }),
        LiveActivityEndpoint.Update => await client.UpdateAsync(new UpdateRequest { ActivityId = id!, ActivityType = ActivityType, Content = Content }),
        _ => await client.EndAsync(new EndRequest { ActivityId = id!, ActivityType = ActivityType, Content = Content }),
    };

    /// <summary>The emulator's records of the endpoint; over a socket an aborted request is recorded a moment after the client gave up on it.</summary>
    private static async Task<List<RecordedRequest>> SettledRequestsAsync(LiveActivityEmulator emulator, EmulatorEndpoint endpoint, int expected)
    {
        var requests = emulator.Requests.Where(r => r.Endpoint == endpoint).ToList();
        for (var spin = 0; requests.Count < expected && !emulator.IsInMemory && spin < 5_000; spin++)
        {
            await Task.Delay(1);
            requests = emulator.Requests.Where(r => r.Endpoint == endpoint).ToList();
        }

        return requests;
    }
}
