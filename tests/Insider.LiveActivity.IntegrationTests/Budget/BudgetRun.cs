using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Budget;

/// <summary>What one run of N concurrent /update calls against the rate-limited emulator produced.</summary>
public sealed record BudgetResult(bool LimiterOn, int Calls, int Succeeded, int Failed, int Requests, int RateLimited, int Retries, double ElapsedSeconds, int PermitsPerSecond)
{
    /// <summary>Gets calls completed / (elapsed fake time × permits per second), as a percentage.</summary>
    public double BudgetUsedPercent => ElapsedSeconds == 0 ? 0 : 100.0 * Succeeded / (ElapsedSeconds * PermitsPerSecond);

    public override string ToString() =>
        $"limiter {(LimiterOn ? "on " : "off")}: {Calls} calls, {Succeeded} succeeded, {Failed} failed, {Requests} requests, {RateLimited} x 429, " +
        $"{Retries} retries, {ElapsedSeconds:F1} fake s, budget used {BudgetUsedPercent:F1} %";
}

/// <summary>
/// Runs N concurrent /update calls of one client against an in-memory emulator on one shared <see cref="FakeTimeProvider"/>, and drives the
/// clock: whenever no call can progress (every call is done, queued in the client's budget, or waiting on a timer of the fake clock), it
/// advances the clock by one step. Progress is detected by counts, never by real time; the only real waits are short yields that let
/// thread-pool continuations run, bounded by a generous safety limit.
/// </summary>
public static class BudgetRun
{
    public const int PermitLimit = 100;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly LiveActivityContent Content = new() { ContentState = new JsonObject { ["eta"] = 5 } };

    public static async Task<BudgetResult> RunAsync(int calls, bool limiterOn)
    {
        var clock = new FakeTimeProvider();
        var emulator = LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions
        {
            TimeProvider = clock, RateLimitEnabled = true, RateLimitPermitLimit = PermitLimit, RateLimitWindow = Window,
            ApiKey = "budget-key-" + Guid.NewGuid().ToString("N"),
        });
        var activityId = emulator.SimulateDeviceStartedActivity("BudgetActivityAttributes", "budget-user");
        var counter = new CountingHandler(emulator.CreateHandler());
        var options = new LiveActivityOptions
        {
            ApiKey = emulator.ApiKey,
            BaseAddress = new Uri("https://emulator.local/"),
            Timeout = Timeout.InfiniteTimeSpan,
            Retry = { MaxRetries = 4, BaseDelay = TimeSpan.FromSeconds(1), UseJitter = false },
            RateLimit = { Enabled = limiterOn, PermitLimit = PermitLimit, Window = Window, QueueLimit = calls },
        };
        var client = new LiveActivityClient(new HttpClient(counter), options, logger: null, clock);
        var start = clock.GetUtcNow();
        var done = 0;
        var succeeded = 0;
        var lastCompletion = start;
        var tasks = new Task[calls];
        for (var i = 0; i < calls; i++)
        {
            tasks[i] = client.UpdateAsync(new UpdateRequest { ActivityId = activityId, ActivityType = "BudgetActivityAttributes", Content = Content })
                .ContinueWith(
                    t =>
                    {
                        if (t.IsCompletedSuccessfully)
                        {
                            Interlocked.Increment(ref succeeded);
                        }

                        lock (tasks)
                        {
                            lastCompletion = clock.GetUtcNow() > lastCompletion ? clock.GetUtcNow() : lastCompletion;
                        }

                        Interlocked.Increment(ref done);
                    },
                    TaskContinuationOptions.ExecuteSynchronously);
        }

        var slideTimers = limiterOn ? 1 : 0;
        for (var steps = 0; Volatile.Read(ref done) < calls; steps++)
        {
            steps.Should().BeLessThan(100_000, "the run must finish");
            await QuiesceAsync(() =>
                counter.Entered == counter.Completed
                && Volatile.Read(ref done) + Queued(clock) + (clock.ActiveTimerCount - slideTimers) == calls);
            if (Volatile.Read(ref done) < calls)
            {
                clock.Advance(Step);
            }
        }

        await Task.WhenAll(tasks);
        var requests = emulator.Requests;
        return new BudgetResult(
            limiterOn, calls, succeeded, calls - succeeded, requests.Count, requests.Count(r => r.StatusCode == 429), requests.Count - calls,
            (lastCompletion - start).TotalSeconds, PermitLimit);
    }

    /// <summary>Lets thread-pool continuations run until <paramref name="settled"/> holds; a safety bound only, not a timing assumption.</summary>
    private static async Task QuiesceAsync(Func<bool> settled)
    {
        for (var spin = 0; !settled(); spin++)
        {
            spin.Should().BeLessThan(20_000, "every call must settle (done, queued, or on a fake-clock timer)");
            await Task.Delay(1);
        }
    }

    /// <summary>The number of calls queued in the client's budget for this clock (an internal accessor of the SDK).</summary>
    private static long Queued(FakeTimeProvider clock) => InProcessLiveActivityRateLimiter.Shared.QueuedCount(clock);
}
