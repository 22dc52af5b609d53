// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Testing;

// Standalone Live Activities emulator: dotnet run --project src/Insider.LiveActivity.Testing.Server -- --port 5080
var options = new LiveActivityEmulatorOptions { Port = 5080 };
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--port" when value is not null:
            options.Port = int.Parse(value, CultureInfo.InvariantCulture);
            i++;
            break;
        case "--api-key" when value is not null:
            options.ApiKey = value;
            i++;
            break;
        case "--token-sync-delay" when value is not null:
            options.TokenSyncDelay = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
            i++;
            break;
        case "--no-rate-limit":
            options.RateLimitEnabled = false;
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: Insider.LiveActivity.Testing.Server [--port 5080 (0 = free port)] [--api-key KEY] [--token-sync-delay SECONDS] [--no-rate-limit]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Use --help.");
            return 2;
    }
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

var emulator = await LiveActivityEmulator.StartAsync(options, stop.Token).ConfigureAwait(false);
await using var emulatorScope = emulator.ConfigureAwait(false);
var baseAddress = emulator.BaseAddress.ToString().TrimEnd('/');
Console.WriteLine($"Insider Live Activities emulator listening on {baseAddress}");
Console.WriteLine($"API key: {emulator.ApiKey}");
Console.WriteLine("Try:");
Console.WriteLine(
    $"  curl -s -X POST {baseAddress}/api/v1/live-activity/register -H 'Content-Type: application/json' -H 'X-Api-Key: {emulator.ApiKey}' " +
    "-d '{\"activity_type\":\"DeliveryActivityAttributes\",\"insider_ids\":[\"user-1\",\"multi-2\",\"android-3\"],\"ends_at\":\"" +
    DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) + "\"}'");
Console.WriteLine("Press Ctrl+C to stop.");

try
{
    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
}

return 0;
