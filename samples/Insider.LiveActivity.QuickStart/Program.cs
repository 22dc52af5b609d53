// The quick start: walks a whole Live Activity lifecycle with the SDK.
// With no configuration it runs against the embedded emulator (Insider.LiveActivity.Testing) on loopback;
// with INSIDER_API_KEY set it talks to the real API (INSIDER_BASE_ADDRESS overrides the address).
using System.Text.Json.Nodes;
using Insider.LiveActivity;
using Insider.LiveActivity.Testing;
using Microsoft.Extensions.DependencyInjection;

var apiKey = Environment.GetEnvironmentVariable("INSIDER_API_KEY");
var useEmulator = string.IsNullOrWhiteSpace(apiKey);
await using var emulator = useEmulator
    ? await LiveActivityEmulator.StartAsync(new LiveActivityEmulatorOptions { TokenSyncDelay = TimeSpan.FromSeconds(1) })
    : null;

var services = new ServiceCollection();
services.AddInsiderLiveActivity(options =>
{
    options.ApiKey = emulator?.ApiKey ?? apiKey!;
    options.BaseAddress = emulator?.BaseAddress
        ?? new Uri(Environment.GetEnvironmentVariable("INSIDER_BASE_ADDRESS") ?? LiveActivityOptions.DefaultBaseAddress.AbsoluteUri);
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<ILiveActivityClient>();

Console.WriteLine(useEmulator
    ? $"Insider Live Activities quick start, against the embedded emulator at {emulator!.BaseAddress}"
    : "Insider Live Activities quick start, against the real API");
const string ActivityType = "DeliveryActivityAttributes";

// 1. Register a segment. Prefixed ids make the emulator's devices ineligible in documented ways.
string[] segment = ["user-1", "user-2", "multi-3", "android-4", "ios16-5", "nopush-6", "gdpr-7"];
var registration = await client.RegisterAsync(new RegisterRequest
{
    ActivityType = ActivityType,
    InsiderIds = segment,
    EndsAt = DateTimeOffset.UtcNow.AddHours(2),
});
Step("register", $"activity {registration.ActivityId}: matched {registration.Matched}, added {registration.Added}, refreshed {registration.Refreshed}");
Step(string.Empty, $"skipped: push disabled {registration.Skipped.PushPermissionDisabled}, platform {registration.Skipped.UnsupportedPlatform}, " +
    $"iOS < 17.2 {registration.Skipped.UnsupportedOsVersion}, no token {registration.Skipped.PushToStartTokenMissing}, not found {registration.Skipped.UserNotFound}");
foreach (var denied in registration.GdprDeniedDetails)
{
    Step(string.Empty, $"GDPR denied: {denied.InsiderId} ({denied.DevicesCount} device(s))");
}

// 2. Change the segment before the start.
var added = await client.AddUsersAsync(new AddUsersRequest { ActivityId = registration.ActivityId, ActivityType = ActivityType, InsiderIds = ["user-8", "notoken-9"] });
Step("add-users", $"added {added.Added}, refreshed {added.Refreshed}, no push-to-start token {added.Skipped.PushToStartTokenMissing}");
var removed = await client.RemoveUsersAsync(new RemoveUsersRequest { ActivityId = registration.ActivityId, ActivityType = ActivityType, InsiderIds = ["user-2"] });
Step("remove-users", $"removed {removed.Removed} device(s)");

// 3. Start: the first push, with the alert Apple needs.
var started = await client.StartAsync(new StartRequest
{
    ActivityId = registration.ActivityId,
    ActivityType = ActivityType,
    Content = new LiveActivityContent
    {
        Title = "Your order is being prepared",
        Message = "Estimated delivery: 14:30",
        ContentState = new JsonObject { ["status"] = "preparing", ["etaMinutes"] = 45 },
        Attributes = new JsonObject { ["courierName"] = "John D." },
    },
});
Step("start", $"{started.SessionsTriggered} push(es) handed to Apple");

// 4. Devices sync their per-activity tokens in the background; the API advises 2-5 s before the first update.
var syncWait = useEmulator ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(5);
Step("wait", $"{syncWait.TotalSeconds:0.#} s for token sync");
await Task.Delay(syncWait);

string[] states = ["pickup", "in_transit", "out_for_delivery"];
for (var i = 0; i < states.Length; i++)
{
    var updated = await client.UpdateAsync(new UpdateRequest
    {
        ActivityId = registration.ActivityId,
        ActivityType = ActivityType,
        Content = new LiveActivityContent { ContentState = new JsonObject { ["status"] = states[i], ["etaMinutes"] = 30 - (i * 10) } },
    });
    Step("update", $"'{states[i]}': {updated.SessionsTriggered} push(es), {updated.SkippedNotSynced} not synced yet");
}

// 5. End: the final push; the activity is deleted.
var ended = await client.EndAsync(new EndRequest
{
    ActivityId = registration.ActivityId,
    ActivityType = ActivityType,
    Content = new LiveActivityContent
    {
        Title = "Delivered",
        Message = "Your order has been delivered.",
        ContentState = new JsonObject { ["status"] = "delivered", ["etaMinutes"] = 0 },
    },
});
Step("end", $"{ended.SessionsTriggered} final push(es)");

// 6. A second /end is the documented 404: the activity is already closed.
try
{
    await client.EndAsync(new EndRequest
    {
        ActivityId = registration.ActivityId,
        ActivityType = ActivityType,
        Content = new LiveActivityContent { ContentState = new JsonObject { ["status"] = "delivered" } },
    });
}
catch (ActivityNotFoundException ex)
{
    Step("end again", $"{ex.GetType().Name}: {ex.Message}");
}

if (emulator is not null)
{
    Console.WriteLine();
    Console.WriteLine("What each device received:");
    foreach (var device in emulator.Pushes.GroupBy(p => $"{p.InsiderId} / {p.Udid}"))
    {
        Console.WriteLine($"  {device.Key}");
        foreach (var push in device)
        {
            var aps = push.Payload["aps"]!.AsObject();
            var alert = aps["alert"] is JsonObject a ? $"  alert \"{a["title"]}\"" : string.Empty;
            Console.WriteLine($"    {push.Event,-6} {aps["content-state"]!.ToJsonString()}{alert}");
        }
    }
}

static void Step(string name, string text) => Console.WriteLine($"{name,-13}{text}");
