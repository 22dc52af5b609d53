// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The devices that the eligibility checks filtered out, by reason.</summary>
public sealed record SkippedDevices
{
    /// <summary>Gets an instance with every counter at zero.</summary>
    public static SkippedDevices None { get; } = new();

    /// <summary>Gets the number of devices whose user did not opt in to push, or whose push is disabled.</summary>
    public int PushPermissionDisabled { get; init; }

    /// <summary>Gets the number of non-iOS devices (Android, web, ...).</summary>
    public int UnsupportedPlatform { get; init; }

    /// <summary>Gets the number of devices on iOS older than 17.2.</summary>
    public int UnsupportedOsVersion { get; init; }

    /// <summary>Gets the number of devices that have not produced a push-to-start token for this activity type yet.</summary>
    public int PushToStartTokenMissing { get; init; }

    /// <summary>Gets the number of insider ids with no profile on Insider's side.</summary>
    public int UserNotFound { get; init; }

    /// <summary>Gets the sum of all counters.</summary>
    public int Total => PushPermissionDisabled + UnsupportedPlatform + UnsupportedOsVersion + PushToStartTokenMissing + UserNotFound;
}
