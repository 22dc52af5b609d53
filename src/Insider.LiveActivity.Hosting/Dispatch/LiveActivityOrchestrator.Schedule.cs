// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// What an activity needs next, and when: the rules of the schedule (register lead, start, sync delay, update interval, ends, expiry)
/// applied to the stored record and the in-memory retry gate. Called by the dispatcher loop only.
/// </summary>
public sealed partial class LiveActivityOrchestrator
{
    /// <summary>Computes the activity's next work and queues it (ready now, or timed), unless the same work is queued already.</summary>
    private void Reschedule(ActivityEntry entry, DateTimeOffset now, bool force)
    {
        if (entry.InFlight)
        {
            return;
        }

        if (_leases is not null && (entry.Lease is null || entry.Record.IsClosed))
        {
            Forget(entry); // a shared store: not (or no longer) this host's to drive
            return;
        }

        var record = entry.Record;
        TrackOpen(entry, record);
        _ends.Set(entry.Key, record is { State: LiveActivityState.Started, EndRequestedAt: null, Intent: null } && !entry.EndReleased && !record.IsClosed
            ? record.EndsAt - _options.EndLead
            : null);

        var (kind, due, priority) = NextWork(entry, record, now);
        if (!force && entry.Queued == (kind, due, priority))
        {
            return;
        }

        entry.Version++;
        entry.Queued = (kind, due, priority);
        switch (kind)
        {
            case WorkKind.None:
                return;
            case WorkKind.Expire or WorkKind.Cancel:
                Launch(entry, kind);
                return;
            default:
                if (due <= now)
                {
                    _ready[(int)kind].Enqueue((entry, entry.Version), priority);
                }
                else
                {
                    _timed.Enqueue((entry, entry.Version), due);
                }

                return;
        }
    }

    private void TrackOpen(ActivityEntry entry, LiveActivityRecord record)
    {
        if (record.IsClosed)
        {
            if (_openKeys.Remove(entry.Key))
            {
                _open.Remove((record.EndsAt, entry.Key));
            }
        }
        else if (_openKeys.Add(entry.Key))
        {
            _open.Add((record.EndsAt, entry.Key));
        }
    }

    private (WorkKind Kind, DateTimeOffset Due, DateTimeOffset Priority) NextWork(ActivityEntry entry, LiveActivityRecord r, DateTimeOffset now)
    {
        if (r.IsClosed)
        {
            return (WorkKind.None, default, default);
        }

        if (now >= r.EndsAt)
        {
            return (WorkKind.Expire, now, now);
        }

        var notBefore = entry.NotBefore;
        if (r.Intent == LiveActivityOperation.End || (r.State == LiveActivityState.Started && (r.EndRequestedAt is not null || entry.EndReleased)))
        {
            return (WorkKind.End, notBefore, r.EndsAt);
        }

        if (r.Intent == LiveActivityOperation.Start)
        {
            return (WorkKind.Start, notBefore, r.StartAt);
        }

        switch (r.State)
        {
            case LiveActivityState.Planned or LiveActivityState.Registered when r.EndRequestedAt is not null:
                return (WorkKind.Cancel, now, now);
            case LiveActivityState.Planned:
                var registerAt = r.Intent == LiveActivityOperation.Register ? notBefore : Latest(r.StartAt - _options.RegisterLead, notBefore);
                return (WorkKind.Register, registerAt, r.StartAt);
            case LiveActivityState.Registered:
                return (WorkKind.Start, Latest(r.StartAt, notBefore), r.StartAt);
            case LiveActivityState.Started when r.HasPendingUpdate:
                var startedAt = r.StartedAt ?? now;
                var due = Latest(Latest(startedAt + _options.SyncDelay, (r.LastSentAt ?? startedAt) + _options.MinUpdateInterval), notBefore);
                return (WorkKind.Update, due, r.LastSentAt ?? startedAt);
            default:
                return (WorkKind.None, default, default);
        }
    }

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
