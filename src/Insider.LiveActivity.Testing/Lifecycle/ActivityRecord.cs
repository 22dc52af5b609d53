// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>The mutable server-side record of an activity (guarded by the engine lock).</summary>
internal sealed class ActivityRecord(string id, string activityType, DateTimeOffset endsAt, EmulatedActivityState state, RegistrationIndex index)
{
    private readonly Dictionary<(string InsiderId, string Udid), DeviceRecord> _byKey = [];

    public string Id { get; } = id;

    public string ActivityType { get; } = activityType;

    public DateTimeOffset EndsAt { get; } = endsAt;

    public EmulatedActivityState State { get; set; } = state;

    public List<DeviceRecord> Devices { get; } = [];

    public bool Contains(string insiderId, string udid) => _byKey.ContainsKey((insiderId, udid));

    public DeviceRecord? Find(string insiderId, string udid) => _byKey.GetValueOrDefault((insiderId, udid));

    public void Add(DeviceRecord device)
    {
        if (_byKey.TryAdd((device.InsiderId, device.Udid), device))
        {
            Devices.Add(device);
            index.Add(ActivityType, device.InsiderId, device.Udid);
        }
    }

    public bool Remove(string insiderId, string udid)
    {
        if (!_byKey.Remove((insiderId, udid), out var device))
        {
            return false;
        }

        Devices.Remove(device);
        index.Remove(ActivityType, insiderId, udid);
        return true;
    }

    public void Kill()
    {
        State = EmulatedActivityState.Dead;
        foreach (var device in Devices)
        {
            index.Remove(ActivityType, device.InsiderId, device.Udid);
        }

        Devices.Clear();
        _byKey.Clear();
    }

    public ActivitySnapshot ToSnapshot(DateTimeOffset now) => new(
        Id,
        ActivityType,
        State,
        EndsAt,
        Devices.Select(d => new ActivityDeviceSnapshot(d.InsiderId, d.Udid, d.TokenSyncAt, d.IsSynced(now))).ToArray());
}

/// <summary>A device registered in an activity; <see cref="TokenSyncAt"/> is set when it gets a start push.</summary>
internal sealed class DeviceRecord(string insiderId, string udid)
{
    public string InsiderId { get; } = insiderId;

    public string Udid { get; } = udid;

    public DateTimeOffset? TokenSyncAt { get; set; }

    public bool IsSynced(DateTimeOffset now) => TokenSyncAt is { } at && at <= now;
}
