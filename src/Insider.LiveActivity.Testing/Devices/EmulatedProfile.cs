// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>An insider profile: its GDPR consent and devices. <see langword="null"/> profile = user not found.</summary>
internal sealed record EmulatedProfile(bool? GdprConsent, IReadOnlyList<EmulatedDevice> Devices)
{
    public static EmulatedProfile? ForDefault(string insiderId)
    {
        var udid = insiderId + "-device-1";
        if (insiderId.StartsWith("unknown-", StringComparison.Ordinal))
        {
            return null;
        }

        EmulatedDevice device;
        if (insiderId.StartsWith("android-", StringComparison.Ordinal))
        {
            device = new EmulatedDevice(udid) { Platform = DevicePlatform.Android };
        }
        else if (insiderId.StartsWith("ios16-", StringComparison.Ordinal))
        {
            device = new EmulatedDevice(udid) { OsVersion = new Version(16, 4) };
        }
        else if (insiderId.StartsWith("nopush-", StringComparison.Ordinal))
        {
            device = new EmulatedDevice(udid) { PushPermission = false };
        }
        else if (insiderId.StartsWith("notoken-", StringComparison.Ordinal))
        {
            device = new EmulatedDevice(udid) { HasPushToStartToken = false };
        }
        else if (insiderId.StartsWith("gdpr-", StringComparison.Ordinal))
        {
            return new EmulatedProfile(false, [new EmulatedDevice(udid)]);
        }
        else if (insiderId.StartsWith("multi-", StringComparison.Ordinal))
        {
            return new EmulatedProfile(null, [new EmulatedDevice(udid), new EmulatedDevice(insiderId + "-device-2")]);
        }
        else
        {
            device = new EmulatedDevice(udid);
        }

        return new EmulatedProfile(null, [device]);
    }
}
