// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>Collects what each chunk of a segment operation ended with; thread-safe, reports progress after each chunk.</summary>
internal sealed class SegmentTally(IReadOnlyList<IReadOnlyList<string>> chunks, int totalIds, IProgress<SegmentProgress>? progress)
{
    private readonly object _gate = new();
    private readonly bool[] _unconfirmed = new bool[chunks.Count];
    private readonly List<LiveActivityException> _errors = [];
    private readonly List<GdprDeniedInsider> _gdpr = [];
    private int _completed;
    private int _confirmedIds;
    private int _added;
    private int _refreshed;
    private int _removed;
    private int _pushDisabled;
    private int _platform;
    private int _osVersion;
    private int _tokenMissing;
    private int _userNotFound;
    private volatile bool _stopped;

    public string? ActivityId { get; set; }

    /// <summary>Gets a value indicating whether an error concerning the whole activity stopped the remaining chunks.</summary>
    public bool Stopped => _stopped;

    /// <summary>Records a chunk the API answered, possibly after re-sends of a partial answer.</summary>
    public void Answered(int chunk, IReadOnlyList<ActivityRegistration> answers)
    {
        var final = answers[answers.Count - 1];
        lock (_gate)
        {
            var addedBefore = 0;
            for (var i = 0; i < answers.Count - 1; i++)
            {
                addedBefore += answers[i].Added;
            }

            _added += addedBefore + final.Added;
            _refreshed += Math.Max(0, final.Refreshed - addedBefore);
            _removed += final.Removed;
            AddSkipped(final.Skipped);
            _gdpr.AddRange(final.GdprDeniedDetails);
            if (final.Partial)
            {
                _unconfirmed[chunk] = true;
            }
            else
            {
                _confirmedIds += chunks[chunk].Count;
            }

            Complete();
        }
    }

    /// <summary>Records a chunk answered 422: processed, every insider filtered out.</summary>
    public void Filtered(int chunk, NoEligibleDeviceException error)
    {
        lock (_gate)
        {
            AddSkipped(error.Skipped);
            _gdpr.AddRange(error.GdprDeniedDetails);
            _confirmedIds += chunks[chunk].Count;
            Complete();
        }
    }

    /// <summary>Records a chunk that failed; an error concerning the whole activity also stops the chunks not sent yet.</summary>
    public void Failed(int chunk, LiveActivityException error)
    {
        lock (_gate)
        {
            _unconfirmed[chunk] = true;
            _errors.Add(error);
            if ((int?)error.StatusCode is 401 or 403 or 404 or 409)
            {
                _stopped = true;
            }

            Complete();
        }
    }

    /// <summary>Records a chunk never sent because the operation stopped.</summary>
    public void NotSent(int chunk)
    {
        lock (_gate)
        {
            _unconfirmed[chunk] = true;
            Complete();
        }
    }

    public SkippedDevices SkippedSoFar()
    {
        lock (_gate)
        {
            return Skipped();
        }
    }

    public IReadOnlyList<GdprDeniedInsider> GdprSoFar()
    {
        lock (_gate)
        {
            return [.. _gdpr];
        }
    }

    public SegmentRegistration ToResult()
    {
        lock (_gate)
        {
            var unconfirmed = new List<string>();
            for (var i = 0; i < chunks.Count; i++)
            {
                if (_unconfirmed[i])
                {
                    unconfirmed.AddRange(chunks[i]);
                }
            }

            return new SegmentRegistration
            {
                ActivityId = ActivityId ?? string.Empty,
                Matched = _added + _refreshed,
                Added = _added,
                Refreshed = _refreshed,
                Removed = _removed,
                Skipped = Skipped(),
                GdprDeniedDetails = [.. _gdpr],
                UnconfirmedInsiderIds = unconfirmed,
                Errors = [.. _errors],
            };
        }
    }

    private SkippedDevices Skipped() => new()
    {
        PushPermissionDisabled = _pushDisabled,
        UnsupportedPlatform = _platform,
        UnsupportedOsVersion = _osVersion,
        PushToStartTokenMissing = _tokenMissing,
        UserNotFound = _userNotFound,
    };

    private void AddSkipped(SkippedDevices skipped)
    {
        _pushDisabled += skipped.PushPermissionDisabled;
        _platform += skipped.UnsupportedPlatform;
        _osVersion += skipped.UnsupportedOsVersion;
        _tokenMissing += skipped.PushToStartTokenMissing;
        _userNotFound += skipped.UserNotFound;
    }

    private void Complete()
    {
        _completed++;
        progress?.Report(new SegmentProgress
        {
            ActivityId = ActivityId,
            CompletedChunks = _completed,
            TotalChunks = chunks.Count,
            ConfirmedInsiderIds = _confirmedIds,
            TotalInsiderIds = totalIds,
        });
    }
}
