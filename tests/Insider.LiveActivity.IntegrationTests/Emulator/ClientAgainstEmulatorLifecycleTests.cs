using System.Text.Json.Nodes;
using Insider.LiveActivity.IntegrationTests.Infrastructure;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Insider.LiveActivity.IntegrationTests.Emulator;

/// <summary>The SDK over the real Kestrel emulator, through the whole documented lifecycle, on one fake clock.</summary>
public class ClientAgainstEmulatorLifecycleTests
{
    private const string Type = "DeliveryActivityAttributes";

    [Fact]
    public async Task FullLifecycle_OverKestrel_CountersAndPushesMatchTheDocumentation()
    {
        var clock = new FakeTimeProvider();
        var syncDelay = TimeSpan.FromSeconds(3);
        await using var emulator = await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TimeProvider = clock, TokenSyncDelay = syncDelay });
        using var http = new HttpClient();
        var logger = new FakeLogger();
        var client = new LiveActivityClient(http, new LiveActivityOptions { ApiKey = emulator.ApiKey, BaseAddress = emulator.BaseAddress }, logger, clock);

        var registered = await client.RegisterAsync(new RegisterRequest
        {
            ActivityType = Type,
            InsiderIds = ["user-1", "multi-2", "android-3", "ios16-4", "nopush-5", "notoken-6", "unknown-7", "gdpr-8"],
            EndsAt = clock.GetUtcNow().AddHours(1),
        });
        registered.Should().BeEquivalentTo(new
        {
            Matched = 3, Added = 3, Refreshed = 0, Removed = 0, Partial = false,
            Skipped = new SkippedDevices { PushPermissionDisabled = 1, UnsupportedPlatform = 1, UnsupportedOsVersion = 1, PushToStartTokenMissing = 1, UserNotFound = 1 },
            GdprDeniedDetails = new[] { new GdprDeniedInsider { InsiderId = "gdpr-8", DevicesCount = 1 } },
        });
        var id = registered.ActivityId;

        var added = await client.AddUsersAsync(new AddUsersRequest { ActivityId = id, ActivityType = Type, InsiderIds = ["user-9", "android-10", "user-1"] });
        added.Should().BeEquivalentTo(new { ActivityId = id, Matched = 2, Added = 1, Refreshed = 1, Skipped = new { UnsupportedPlatform = 1 } });

        var removed = await client.RemoveUsersAsync(new RemoveUsersRequest { ActivityId = id, ActivityType = Type, InsiderIds = ["user-9", "nobody-11"] });
        removed.Removed.Should().Be(1);
        emulator.GetActivity(id)!.Devices.Select(d => d.Udid).Should().BeEquivalentTo(["user-1-device-1", "multi-2-device-1", "multi-2-device-2"]);

        var started = await client.StartAsync(new StartRequest
        {
            ActivityId = id, ActivityType = Type,
            Content = new LiveActivityContent { Title = "Order", Message = "Preparing", ContentState = new JsonObject { ["status"] = "preparing" } },
        });
        started.SessionsTriggered.Should().Be(3);
        emulator.GetActivity(id)!.Should().BeEquivalentTo(new { State = EmulatedActivityState.Started });
        emulator.GetActivity(id)!.Devices.Should().OnlyContain(d => !d.IsTokenSynced);

        clock.Advance(syncDelay);
        emulator.GetActivity(id)!.Devices.Should().OnlyContain(d => d.IsTokenSynced);
        for (var step = 1; step <= 3; step++)
        {
            var updated = await client.UpdateAsync(new UpdateRequest { ActivityId = id, ActivityType = Type, Content = new LiveActivityContent { ContentState = new JsonObject { ["step"] = step } } });
            updated.Should().BeEquivalentTo(new { SessionsTriggered = 3, SkippedNotSynced = 0 });
        }

        var ended = await client.EndAsync(new EndRequest { ActivityId = id, ActivityType = Type, Content = new LiveActivityContent { Title = "Delivered", ContentState = new JsonObject { ["status"] = "delivered" } } });
        ended.SessionsTriggered.Should().Be(3);
        (emulator.GetActivity(id)?.State ?? EmulatedActivityState.Dead).Should().Be(EmulatedActivityState.Dead);

        var pushes = emulator.Pushes.Where(p => p.ActivityId == id).ToList();
        foreach (var device in pushes.GroupBy(p => p.Udid))
        {
            device.Select(p => p.Event).Should().Equal("start", "update", "update", "update", "end");
            var aps = device.Select(p => p.Payload["aps"]!.AsObject()).ToList();
            aps.Select(a => a["event"]!.GetValue<string>()).Should().Equal("start", "update", "update", "update", "end");
            aps[0]["attributes-type"]!.GetValue<string>().Should().Be(Type);
            aps[0]["alert"]!["title"]!.GetValue<string>().Should().Be("Order");
            aps[0]["content-state"]!["status"]!.GetValue<string>().Should().Be("preparing");
            aps.Skip(1).Take(3).Select(a => a["content-state"]!["step"]!.GetValue<int>()).Should().Equal(1, 2, 3);
            aps.Skip(1).Should().OnlyContain(a => a["attributes-type"] == null);
            aps[4]["alert"]!["title"]!.GetValue<string>().Should().Be("Delivered");
        }

        pushes.Select(p => p.Udid).Distinct().Should().HaveCount(3);
        emulator.Requests.Should().HaveCount(8).And.OnlyContain(r => r.StatusCode == 200);
        logger.Collector.GetSnapshot().Should().BeEmpty("nothing failed");
    }
}
