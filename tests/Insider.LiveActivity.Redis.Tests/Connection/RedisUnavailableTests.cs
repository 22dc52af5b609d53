using System.Net;
using System.Net.Sockets;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Redis.Tests.Connection;

/// <summary>Redis unreachable: fail fast with a typed error, or (only when opted in) a logged in-process fallback.</summary>
public sealed class RedisUnavailableTests
{
    [Fact]
    public async Task UpdateAsync_RedisUnreachableWithoutFallback_FailsFastWithoutSending()
    {
        await using var host = new ClientHost(builder => builder.UseRedisRateLimiter(UnreachableConfiguration()));

        var call = await host.Invoking(h => h.UpdateAsync()).Should().ThrowAsync<LiveActivityRedisUnavailableException>();

        call.Which.Message.Should().Contain("Redis is unreachable").And.NotContain(host.Emulator.ApiKey);
        call.Which.Attempts.Should().Be(0);
        call.Which.IsSafeToRetry.Should().BeTrue("nothing was sent");
        host.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task StartAsync_RedisUnreachableWithoutFallback_IsNotReportedAsAnUnknownOutcome()
    {
        await using var host = new ClientHost(builder => builder.UseRedisRateLimiter(UnreachableConfiguration()));

        var start = () => host.Client.StartAsync(new StartRequest
        {
            ActivityId = host.ActivityId,
            ActivityType = "DeliveryActivityAttributes",
            Content = new LiveActivityContent { ContentState = new System.Text.Json.Nodes.JsonObject { ["eta"] = 1 }, Title = "On its way", Message = "5 min" },
        });

        (await start.Should().ThrowAsync<LiveActivityRedisUnavailableException>()).Which.Endpoint.Should().Be(LiveActivityEndpoint.Start);
        host.Emulator.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdateAsync_RedisUnreachableWithFallback_UsesTheInProcessBudgetAndLogsItOnce()
    {
        await using var host = new ClientHost(builder => builder.UseRedisRateLimiter(UnreachableConfiguration(), o => o.FallbackToInProcess = true));

        await host.UpdateAsync();
        await host.UpdateAsync();

        host.Emulator.Requests.Should().HaveCount(2);
        var fallbacks = host.Logs.Entries.Where(e => e.Message.Contains("falls back to this process's in-process budget", StringComparison.Ordinal)).ToList();
        fallbacks.Should().ContainSingle().Which.Level.Should().Be(LogLevel.Warning);
        host.Logs.Entries.Should().NotContain(e => e.Message.Contains(host.Emulator.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateAsync_RedisStopsWhileRunning_FallsBackToTheInProcessBudget()
    {
        var server = await RedisServer.StartAsync();
        await using var host = new ClientHost(builder => builder.UseRedisRateLimiter(server.Configuration + ",connectRetry=1", o => o.FallbackToInProcess = true));
        await host.UpdateAsync();
        await server.DisposeAsync();

        await host.UpdateAsync();

        host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("Redis is unreachable", StringComparison.Ordinal));
        host.Emulator.Requests.Should().HaveCount(2);
    }

    private static string UnreachableConfiguration()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"127.0.0.1:{port},connectTimeout=300,connectRetry=1";
    }
}
