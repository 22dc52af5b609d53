// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's view of the <c>skipped</c> counters.</summary>
public sealed record RawSkippedDevices(int PushPermissionDisabled, int UnsupportedPlatform, int UnsupportedOsVersion, int PushToStartTokenMissing, int UserNotFound);
