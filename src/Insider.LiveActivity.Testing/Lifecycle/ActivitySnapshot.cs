// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>An immutable view of an emulated activity, returned by <see cref="LiveActivityEmulator.GetActivity"/>.</summary>
public sealed class ActivitySnapshot
{
    internal ActivitySnapshot(
        string activityId,
        string activityType,
        EmulatedActivityState state,
        DateTimeOffset endsAt,
        IReadOnlyList<ActivityDeviceSnapshot> devices)
    {
        ActivityId = activityId;
        ActivityType = activityType;
        State = state;
        EndsAt = endsAt;
        Devices = devices;
    }

    /// <summary>Gets the activity id (a lowercase UUID v4).</summary>
    public string ActivityId { get; }

    /// <summary>Gets the activity type given at registration (or by the simulated device).</summary>
    public string ActivityType { get; }

    /// <summary>Gets the lifecycle state.</summary>
    public EmulatedActivityState State { get; }

    /// <summary>Gets the end of the validity period; at this instant the activity becomes <see cref="EmulatedActivityState.Dead"/>.</summary>
    public DateTimeOffset EndsAt { get; }

    /// <summary>Gets the registered devices (empty once the activity is dead).</summary>
    public IReadOnlyList<ActivityDeviceSnapshot> Devices { get; }
}
