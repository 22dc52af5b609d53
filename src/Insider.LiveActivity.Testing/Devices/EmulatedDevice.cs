// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>
/// A device of an emulated insider profile. The defaults describe an eligible device:
/// iOS 17.2, push permission granted, push-to-start token collected.
/// </summary>
public sealed class EmulatedDevice
{
    /// <summary>Initializes a new instance of the <see cref="EmulatedDevice"/> class.</summary>
    /// <param name="udid">The unique device id (the <c>udid</c> of <c>target_devices</c>).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="udid"/> is null, empty or whitespace.</exception>
    public EmulatedDevice(string udid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(udid);
        Udid = udid;
    }

    /// <summary>Gets the unique device id.</summary>
    public string Udid { get; }

    /// <summary>Gets the platform of the device.</summary>
    /// <value>The default value is <see cref="DevicePlatform.Ios"/>.</value>
    public DevicePlatform Platform { get; init; } = DevicePlatform.Ios;

    /// <summary>Gets the iOS version; below 17.2 the device is skipped as <c>unsupported_os_version</c>.</summary>
    /// <value>The default value is 17.2.</value>
    public Version OsVersion { get; init; } = new(17, 2);

    /// <summary>Gets a value indicating whether the user granted push permission; otherwise <c>push_permission_disabled</c>.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool PushPermission { get; init; } = true;

    /// <summary>Gets a value indicating whether the SDK collected a push-to-start token; otherwise <c>push_to_start_token_missing</c>.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool HasPushToStartToken { get; init; } = true;
}
