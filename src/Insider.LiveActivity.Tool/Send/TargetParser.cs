// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tool.Send;

/// <summary>Reads a <c>--target INSIDER_ID:UDID</c> value (split at the first colon: insider ids carry none).</summary>
internal static class TargetParser
{
    /// <summary>The device, or null when either side is empty.</summary>
    public static TargetDevice? TryParse(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == value.Length - 1)
        {
            return null;
        }

        var insiderId = value[..colon].Trim();
        var udid = value[(colon + 1)..].Trim();
        return insiderId.Length == 0 || udid.Length == 0 ? null : new TargetDevice(insiderId, udid);
    }
}
