// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Contracts;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Testing;

/// <summary>Options of a <see cref="LiveActivityEmulator"/>. They are read once, when the emulator is created.</summary>
public sealed class LiveActivityEmulatorOptions
{
    /// <summary>The API key the emulator accepts when <see cref="ApiKey"/> is not changed.</summary>
    public const string DefaultApiKey = "emulator-api-key";

    /// <summary>Gets or sets the clock of the emulator: token sync, <c>ends_at</c> expiry, rate-limit windows, delays and push timestamps.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how long after <c>/start</c> a device's per-activity push token becomes synced.</summary>
    /// <value>The default value is 3 seconds.</value>
    public TimeSpan TokenSyncDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets or sets a value indicating whether the rate limit is enforced.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>Gets or sets the number of requests allowed per window, per API key + path + method.</summary>
    /// <value>The default value is 1,000.</value>
    public int RateLimitPermitLimit { get; set; } = 1_000;

    /// <summary>Gets or sets the length of a fixed rate-limit window; a window starts at the first request of its bucket.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the maximum number of <c>insider_ids</c> per request (the server's <c>REGISTER_MAX_INSIDER_IDS</c>).</summary>
    /// <value>The default value is 10,000.</value>
    public int MaxInsiderIdsPerRequest { get; set; } = 10_000;

    /// <summary>Gets or sets the API key the emulator accepts (state <see cref="ApiKeyState.Active"/>).</summary>
    /// <value>The default value is <see cref="DefaultApiKey"/> (<c>emulator-api-key</c>).</value>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>Gets or sets the loopback port used by <see cref="LiveActivityEmulator.StartAsync"/>; 0 picks a free port.</summary>
    /// <value>The default value is 0.</value>
    public int Port { get; set; }

    /// <summary>Gets or sets the logger factory given to Kestrel; <see langword="null"/> keeps the server silent.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Gets or sets the iOS app's contract (its Swift <c>ActivityAttributes</c> types, read with <see cref="SwiftContract.Load"/>).
    /// With it, every recorded push carries <see cref="RecordedPush.WouldRender"/> and <see cref="RecordedPush.RenderProblems"/>,
    /// judged from the Apple payload as the device would decode it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nothing is checked and every push says so.</value>
    public SwiftContract? AppContract { get; set; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(ApiKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenSyncDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(RateLimitPermitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RateLimitWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInsiderIdsPerRequest, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65_535);
    }
}
