// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>Counts, per activity type, in how many live activities each (insider, udid) device is registered.</summary>
internal sealed class RegistrationIndex
{
    private readonly Dictionary<(string ActivityType, string InsiderId, string Udid), int> _counts = [];

    public bool Contains(string activityType, string insiderId, string udid) => _counts.ContainsKey((activityType, insiderId, udid));

    public void Add(string activityType, string insiderId, string udid)
    {
        var key = (activityType, insiderId, udid);
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    public void Remove(string activityType, string insiderId, string udid)
    {
        var key = (activityType, insiderId, udid);
        if (_counts.TryGetValue(key, out var count))
        {
            if (count <= 1)
            {
                _counts.Remove(key);
            }
            else
            {
                _counts[key] = count - 1;
            }
        }
    }
}
