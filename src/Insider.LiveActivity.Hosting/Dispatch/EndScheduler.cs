// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// Releases automatic ends early enough for the /end budget: ends that share a deadline (<c>ends_at − EndLead</c>) are taken in
/// deadline order at one end per <c>cost</c> (the budget's window / permits), so the release of the i-th end in deadline order is due at
/// <c>min over j of (deadline_j − j · cost)</c> over the ends still waiting. 20,000 ends due at the same minute begin 20 minutes before it.
/// </summary>
internal sealed class EndScheduler(TimeSpan cost)
{
    private readonly SortedSet<(DateTimeOffset Deadline, string Key)> _waiting = [];
    private readonly Dictionary<string, DateTimeOffset> _deadlines = new(StringComparer.Ordinal);
    private DateTimeOffset? _releaseAt;
    private bool _dirty;

    public int Count => _waiting.Count;

    public void Set(string key, DateTimeOffset? deadline)
    {
        if (_deadlines.TryGetValue(key, out var current))
        {
            if (deadline == current)
            {
                return;
            }

            _waiting.Remove((current, key));
            _deadlines.Remove(key);
            _dirty = true;
        }

        if (deadline is { } value)
        {
            _waiting.Add((value, key));
            _deadlines[key] = value;
            _dirty = true;
        }
    }

    /// <summary>Gets when the first waiting end must be released, or <see langword="null"/> when none waits.</summary>
    public DateTimeOffset? ReleaseAt
    {
        get
        {
            if (_dirty)
            {
                _releaseAt = Compute();
                _dirty = false;
            }

            return _releaseAt;
        }
    }

    /// <summary>Takes the key of the end with the earliest deadline when its release is due.</summary>
    public bool TryRelease(DateTimeOffset now, out string key)
    {
        if (ReleaseAt is { } at && at <= now)
        {
            var first = _waiting.Min;
            Set(first.Key, null);
            key = first.Key;
            return true;
        }

        key = string.Empty;
        return false;
    }

    private DateTimeOffset? Compute()
    {
        var total = _waiting.Count;
        if (total == 0)
        {
            return null;
        }

        var best = DateTimeOffset.MaxValue;
        var index = 0;
        var whole = cost * total;
        foreach (var (deadline, _) in _waiting)
        {
            index++;
            if (deadline - whole >= best)
            {
                break; // every later end is released later than best
            }

            var candidate = deadline - (cost * index);
            if (candidate < best)
            {
                best = candidate;
            }
        }

        return best;
    }
}
