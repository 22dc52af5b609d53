using System.Text.Json.Nodes;
using Insider.LiveActivity.Hosting;
using Microsoft.Extensions.Hosting;

namespace Insider.LiveActivity.Worker;

/// <summary>Plans one delivery activity, publishes its progress, and stops the host once the orchestrator has ended it.</summary>
public sealed class OrderTrackingWorker(ILiveActivityOrchestrator orchestrator, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var key = "order-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var status = await orchestrator.PlanAsync(
            new LiveActivityPlan
            {
                Key = key,
                ActivityType = "DeliveryActivityAttributes",
                InsiderIds = ["user-1", "user-2", "multi-3"],
                EndsAt = DateTimeOffset.UtcNow.AddMinutes(5).AddSeconds(10),
                StartContent = Content("preparing", "Your order is being prepared", "Estimated delivery: 14:30"),
                FinalContent = Content("delivered", "Delivered", "Enjoy your meal"),
            },
            stoppingToken);
        Console.WriteLine($"planned {key}: {status.State}");

        foreach (var state in new[] { "picked_up", "in_transit", "arriving" })
        {
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            await orchestrator.PublishAsync(key, Content(state), stoppingToken); // returns once stored; sent coalesced, within the budget
            Console.WriteLine($"published {state}");
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            status = (await orchestrator.GetStatusAsync(key, stoppingToken))!;
            if (status.State is LiveActivityState.Ended or LiveActivityState.Expired or LiveActivityState.Failed)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }

        Console.WriteLine($"{key}: {status.State} (starts {status.Starts}, updates {status.Updates}, ends {status.Ends}) {status.LastError}");
        lifetime.StopApplication();
    }

    private static LiveActivityContent Content(string status, string? title = null, string? message = null) =>
        new() { Title = title, Message = message, ContentState = new JsonObject { ["status"] = status } };
}
