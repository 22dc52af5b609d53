using System.Globalization;
using System.Text.Json.Nodes;
using Insider.LiveActivity;
using Microsoft.Extensions.DependencyInjection;

namespace Insider.LiveActivity.Redis.LoadHost;

/// <summary>
/// The budget proof's process. Prints "ready" once its client is built and connected, waits for "go" on stdin, offers /update calls at
/// --calls-per-second for --duration-ms (calls still waiting for budget at the end are cancelled), and prints one result line:
/// "result offered=N succeeded=N rateLimited=N cancelled=N failed=N".
/// </summary>
internal static class BudgetRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = LoadSettings.Parse(args);
        var services = new ServiceCollection();
        var builder = services.AddInsiderLiveActivity(options =>
        {
            options.ApiKey = settings.ApiKey;
            options.BaseAddress = settings.BaseAddress;
            options.Retry.MaxRetries = 2;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(100);
            options.RateLimit.PermitLimit = settings.PermitLimit;
            options.RateLimit.Window = settings.Window;
        });
        if (settings.Redis is not null)
        {
            builder.UseRedisRateLimiter(settings.Redis);
        }

        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILiveActivityClient>();
        var content = new LiveActivityContent { ContentState = new JsonObject { ["eta"] = 5 } };
        var request = new UpdateRequest { ActivityId = settings.ActivityId, ActivityType = "FleetActivityAttributes", Content = content };

        // Warm-up (JIT, Redis and HTTP connections) with a few calls, so that the measured run is not skewed by a cold start; the test
        // waits longer than both windows after "ready", so these calls leave the client's and the server's window before "go".
        for (var i = 0; i < 3; i++)
        {
            await client.UpdateAsync(request);
        }

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.UpdateAsync(request)));
        Console.WriteLine("ready");
        if (Console.ReadLine() != "go")
        {
            return 2;
        }

        using var end = new CancellationTokenSource(settings.Duration);
        var start = TimeProvider.System.GetTimestamp();
        var interval = TimeSpan.FromSeconds(1 / settings.CallsPerSecond);
        int succeeded = 0, rateLimited = 0, cancelled = 0, failed = 0;
        var calls = new List<Task>();
        for (var i = 0; !end.IsCancellationRequested; i++)
        {
            var due = interval * i - TimeProvider.System.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, end.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            calls.Add(CallAsync());
        }

        await Task.WhenAll(calls);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"result offered={calls.Count} succeeded={succeeded} rateLimited={rateLimited} cancelled={cancelled} failed={failed}"));
        return 0;

        async Task CallAsync()
        {
            try
            {
                await client.UpdateAsync(request, end.Token);
                Interlocked.Increment(ref succeeded);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancelled);
            }
            catch (LiveActivityRateLimitException)
            {
                Interlocked.Increment(ref rateLimited);
            }
            catch (LiveActivityException e)
            {
                Interlocked.Increment(ref failed);
                Console.Error.WriteLine(e.Message);
            }
        }
    }
}
