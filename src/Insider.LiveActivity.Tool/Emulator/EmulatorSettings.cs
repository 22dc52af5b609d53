// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Emulator;

/// <summary>The options of <c>emulator</c>.</summary>
internal sealed class EmulatorSettings : CommandSettings
{
    [CommandOption("-p|--port <PORT>")]
    [Description("The loopback port to listen on (0 = a free port).")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    [CommandOption("--api-key <KEY>")]
    [Description("The key the emulator accepts (default: emulator-api-key). A test key, not a secret.")]
    public string? ApiKey { get; init; }

    [CommandOption("--token-sync-delay <SECONDS>")]
    [Description("Seconds after /start before a device's per-activity token syncs.")]
    [DefaultValue(3.0)]
    public double TokenSyncDelay { get; init; } = 3;

    [CommandOption("--no-rate-limit")]
    [Description("Switch off the server-side rate limit (1,000 requests per minute per endpoint and key).")]
    public bool NoRateLimit { get; init; }

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535)
        {
            return ValidationResult.Error($"--port must be between 0 and 65535 (got {Port}).");
        }

        if (ApiKey is not null && string.IsNullOrWhiteSpace(ApiKey))
        {
            return ValidationResult.Error("--api-key must not be empty.");
        }

        return TokenSyncDelay is < 0 or > 86_400 || double.IsNaN(TokenSyncDelay)
            ? ValidationResult.Error($"--token-sync-delay must be between 0 and 86400 seconds (got {TokenSyncDelay}).")
            : ValidationResult.Success();
    }
}
