// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>The platform of an emulated device.</summary>
public enum DevicePlatform
{
    /// <summary>An iOS device (the only platform eligible for Live Activities).</summary>
    Ios = 0,

    /// <summary>An Android device: skipped as <c>unsupported_platform</c>.</summary>
    Android,

    /// <summary>A web device: skipped as <c>unsupported_platform</c>.</summary>
    Web,
}
