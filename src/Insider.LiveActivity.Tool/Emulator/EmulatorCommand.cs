// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Tool.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Emulator;

/// <summary><c>emulator</c>: the Testing package's <see cref="LiveActivityEmulator"/> on loopback, until Ctrl+C.</summary>
internal sealed class EmulatorCommand : AsyncCommand<EmulatorSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ToolEnvironment _environment;

    public EmulatorCommand(IAnsiConsole console, ToolEnvironment environment)
    {
        _console = console;
        _environment = environment;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, EmulatorSettings settings, CancellationToken cancellationToken)
    {
        var options = new LiveActivityEmulatorOptions
        {
            Port = settings.Port,
            TokenSyncDelay = TimeSpan.FromSeconds(settings.TokenSyncDelay),
            RateLimitEnabled = !settings.NoRateLimit,
        };
        if (settings.ApiKey is not null)
        {
            options.ApiKey = settings.ApiKey;
        }

        var emulator = await LiveActivityEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        await using (emulator.ConfigureAwait(false))
        {
            PrintBanner(emulator);
            _environment.EmulatorStarted?.Invoke(emulator);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C is how this command ends: a normal stop.
            }
        }

        _console.MarkupLine("Emulator stopped.");
        return ToolExitCode.Ok;
    }

    private void PrintBanner(LiveActivityEmulator emulator)
    {
        var baseAddress = emulator.BaseAddress.ToString().TrimEnd('/');
        var endsAt = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        _console.MarkupLineInterpolated($"Insider Live Activities emulator listening on [green]{baseAddress}[/]");
        _console.MarkupLineInterpolated($"API key: {emulator.ApiKey}");
        _console.WriteLine("Try:");
        _console.WriteLine(
            $"  curl -s -X POST {baseAddress}/api/v1/live-activity/register -H 'Content-Type: application/json' -H 'X-Api-Key: {emulator.ApiKey}' " +
            $"-d '{{\"activity_type\":\"DeliveryActivityAttributes\",\"insider_ids\":[\"user-1\",\"multi-2\",\"android-3\"],\"ends_at\":\"{endsAt}\"}}'");
        _console.WriteLine($"  or: INSIDER_API_KEY={emulator.ApiKey} {ToolApp.Name} segment register --base-address {baseAddress} --type DeliveryActivityAttributes --ids ids.txt --ends-at +2h");
        _console.WriteLine("Press Ctrl+C to stop.");
    }
}
