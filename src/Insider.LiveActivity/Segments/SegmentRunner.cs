// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Drives a segment of any size as one activity: de-duplicates the ids, registers the first chunk, adds the rest with
/// bounded concurrency, re-sends partial chunks, and accounts for every id.
/// </summary>
internal sealed class SegmentRunner(ILiveActivityClient client, int chunkSize, int maxResends, int concurrency, TimeProvider timeProvider)
{
    public async Task<SegmentRegistration> RegisterAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(request, nameof(request));
        var chunks = Chunk(request.InsiderIds, LiveActivityEndpoint.Register, out var total);
        RequestValidator.Validate(
            new RegisterRequest { ActivityType = request.ActivityType, InsiderIds = chunks[0], EndsAt = request.EndsAt }, chunkSize, timeProvider.GetUtcNow());
        var tally = new SegmentTally(chunks, total, progress);

        // The first chunk that yields an activity creates it; chunks answered 422 before it are processed and filtered.
        var next = 0;
        NoEligibleDeviceException? lastFiltered = null;
        while (tally.ActivityId is null && next < chunks.Count)
        {
            var index = next++;
            try
            {
                var registration = await client.RegisterAsync(
                    new RegisterRequest { ActivityType = request.ActivityType, InsiderIds = chunks[index], EndsAt = request.EndsAt }, cancellationToken).ConfigureAwait(false);
                tally.ActivityId = registration.ActivityId;
                await CompleteAddAsync(tally, chunks, index, request.ActivityType, registration, cancellationToken).ConfigureAwait(false);
            }
            catch (NoEligibleDeviceException filtered)
            {
                lastFiltered = filtered;
                tally.Filtered(index, filtered);
            }
        }

        if (tally.ActivityId is null)
        {
            throw new NoEligibleDeviceException(
                ErrorAdvice.Append($"No eligible device in any of the {total} insiders of the segment, so no activity was created.", null, LiveActivityErrorCodes.NoEligibleDevice),
                lastFiltered)
            {
                StatusCode = lastFiltered?.StatusCode,
                ErrorCode = LiveActivityErrorCodes.NoEligibleDevice,
                Endpoint = LiveActivityEndpoint.Register,
                Attempts = lastFiltered?.Attempts ?? 0,
                Skipped = tally.SkippedSoFar(),
                GdprDeniedDetails = tally.GdprSoFar(),
            };
        }

        var activityId = tally.ActivityId;
        await ForEachChunkAsync(
            tally,
            next,
            chunks.Count,
            (index, token) => CompleteAddAsync(tally, chunks, index, request.ActivityType, first: null, token),
            cancellationToken).ConfigureAwait(false);
        return tally.ToResult() with { ActivityId = activityId };
    }

    public async Task<SegmentRegistration> RemoveAsync(RemoveSegmentUsersRequest request, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(request, nameof(request));
        var chunks = Chunk(request.InsiderIds, LiveActivityEndpoint.RemoveUsers, out var total);
        RequestValidator.Validate(
            new RemoveUsersRequest { ActivityId = request.ActivityId, ActivityType = request.ActivityType, InsiderIds = chunks[0] }, LiveActivityEndpoint.RemoveUsers, chunkSize);
        var tally = new SegmentTally(chunks, total, progress) { ActivityId = request.ActivityId };
        await ForEachChunkAsync(
            tally,
            0,
            chunks.Count,
            async (index, token) =>
            {
                try
                {
                    var removed = await client.RemoveUsersAsync(
                        new RemoveUsersRequest { ActivityId = request.ActivityId, ActivityType = request.ActivityType, InsiderIds = chunks[index] }, token).ConfigureAwait(false);
                    tally.Answered(index, [removed]);
                }
                catch (LiveActivityException error)
                {
                    tally.Failed(index, error);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return tally.ToResult();
    }

    private async Task CompleteAddAsync(
        SegmentTally tally, List<IReadOnlyList<string>> chunks, int index, string activityType, ActivityRegistration? first, CancellationToken cancellationToken)
    {
        var answers = new List<ActivityRegistration>(1);
        try
        {
            if (first is not null)
            {
                answers.Add(first);
            }

            // A partial answer does not say which ids were left, so the whole chunk is sent again (add-users is idempotent).
            while (answers.Count == 0 || (answers[answers.Count - 1].Partial && answers.Count <= maxResends))
            {
                answers.Add(await client.AddUsersAsync(
                    new AddUsersRequest { ActivityId = tally.ActivityId!, ActivityType = activityType, InsiderIds = chunks[index] }, cancellationToken).ConfigureAwait(false));
            }

            tally.Answered(index, answers);
        }
        catch (NoEligibleDeviceException filtered)
        {
            tally.Filtered(index, filtered);
        }
        catch (LiveActivityException error)
        {
            tally.Failed(index, error);
        }
    }

    private async Task ForEachChunkAsync(SegmentTally tally, int first, int count, Func<int, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        var next = first - 1;
        async Task WorkAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (tally.Stopped)
                {
                    tally.NotSent(index);
                    continue;
                }

                await send(index, cancellationToken).ConfigureAwait(false);
            }
        }

        var workers = new Task[Math.Max(1, Math.Min(concurrency, count - first))];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = WorkAsync();
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private List<IReadOnlyList<string>> Chunk(IEnumerable<string> insiderIds, LiveActivityEndpoint endpoint, out int total)
    {
        if (insiderIds is null)
        {
            throw new LiveActivityValidationException(
                ErrorAdvice.Append($"insider_ids is required. {LiveActivityErrorCodes.InsiderIdsOutOfRange}: rejected by the client before sending {endpoint.DisplayName()}.", null, LiveActivityErrorCodes.InsiderIdsOutOfRange))
            {
                ErrorCode = LiveActivityErrorCodes.InsiderIdsOutOfRange,
                Endpoint = endpoint,
            };
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var chunks = new List<IReadOnlyList<string>>();
        List<string>? current = null;
        foreach (var id in insiderIds)
        {
            if (id is not null && !seen.Add(id))
            {
                continue;
            }

            if (current is null || current.Count == chunkSize)
            {
                current = new List<string>(chunkSize > 1024 ? 1024 : chunkSize);
                chunks.Add(current);
            }

            current.Add(id!);
        }

        total = chunks.Sum(c => c.Count);
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }

        // Null or blank ids fail the documented validation of the chunk that holds them, before anything is sent.
        foreach (var chunk in chunks)
        {
            RequestValidator.ValidateInsiderIds(chunk, chunkSize, endpoint);
        }

        return chunks;
    }
}
