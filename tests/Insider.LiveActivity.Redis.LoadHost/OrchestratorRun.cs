using System.Text.Json.Nodes;
using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Redis.Tests.Fleet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Redis.LoadHost;

/// <summary>
/// The orchestrator proof's process: an orchestrator on the shared Redis store and budget, on the run's scaled clock. Prints "ready"
/// once started; on "go" plans its activities (<c>p{index}-{n}</c>), publishing state "v1" of each, then at --second-publish-after-ms
/// state "v2" of each; prints "ack {key} {state}" once each publish is acknowledged, "planned" and "published" after each pass;
/// on "stop" stops gracefully and prints "stopped". It may be killed (SIGKILL) at any point instead.
/// </summary>
internal static class OrchestratorRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = OrchestratorSettings.Parse(args);
        var clock = new ScaledTimeProvider(settings.Origin, settings.Scale);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging(logging => logging.AddProvider(new LineLoggerProvider(clock)));
        services.AddInsiderLiveActivity(options =>
        {
            options.ApiKey = settings.ApiKey;
            options.BaseAddress = settings.BaseAddress;
        }).UseRedisRateLimiter(settings.Redis);
        services.AddLiveActivityOrchestrator(options => options.UseRedis(settings.Redis)); // the Redis budget shares the key's limit among the hosts

        await using var provider = services.BuildServiceProvider();
        var orchestrator = provider.GetRequiredService<LiveActivityOrchestrator>();
        await orchestrator.StartAsync();
        Console.Out.WriteLine("ready");
        if (Console.ReadLine() != "go")
        {
            return 2;
        }

        var go = clock.GetUtcNow();
        var keys = Enumerable.Range(0, settings.Activities).Select(n => $"p{settings.Index}-{n}").ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        await Parallel.ForEachAsync(keys, parallel, async (key, token) =>
        {
            var startAt = go + settings.StartAfter;
            await RetryAsync(() => orchestrator.PlanAsync(
                new LiveActivityPlan
                {
                    Key = key,
                    ActivityType = "OrderTrackingAttributes",
                    InsiderIds = [key + "-user"],
                    StartAt = startAt,
                    EndsAt = startAt + settings.Lifetime,
                    StartContent = new LiveActivityContent { Title = "Your order", Message = "Placed", ContentState = new JsonObject { ["status"] = "placed" } },
                },
                token));
            await PublishAsync(orchestrator, key, "v1", token);
        });
        Console.Out.WriteLine("planned");

        var wait = go + settings.SecondPublishAfter - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock);
        }

        await Parallel.ForEachAsync(keys, parallel, (key, token) => new ValueTask(PublishAsync(orchestrator, key, "v2", token)));
        Console.Out.WriteLine("published");

        while (Console.ReadLine() is { } line && line != "stop")
        {
        }

        await orchestrator.StopAsync();
        Console.Out.WriteLine("stopped");
        return 0;
    }

    private static LiveActivityContent Content(string status) => new() { ContentState = new JsonObject { ["status"] = status } };

    private static async Task PublishAsync(LiveActivityOrchestrator orchestrator, string key, string state, CancellationToken token)
    {
        await RetryAsync(() => orchestrator.PublishAsync(key, Content(state), token));
        Console.Out.WriteLine($"ack {key} {state}");
    }

    /// <summary>Retries a call the store could not acknowledge (Redis down): only an acknowledged call counts.</summary>
    private static async Task RetryAsync(Func<Task> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call();
                return;
            }
            catch (LiveActivityStoreUnavailableException) when (attempt < 600)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
