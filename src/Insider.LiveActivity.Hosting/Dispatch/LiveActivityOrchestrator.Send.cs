// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Net;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// One unit of work: the intent is stored before <c>/register</c>, <c>/start</c> or <c>/end</c> is sent, the result after. An error that
/// concerns the activity alone fails it; a transient one defers it by <see cref="LiveActivityOrchestratorOptions.RetryDelay"/>; 401 and
/// 403 pause every request. A send after a recorded intent (after a crash or an unknown outcome) reads 409 on <c>/start</c> and 404
/// on <c>/end</c> as "the first one landed".
/// </summary>
public sealed partial class LiveActivityOrchestrator
{
    private int _authLogged;

    private async Task ExecuteAsync(ActivityEntry entry, WorkKind kind)
    {
        var token = _shutdown.Token;
        using var span = OrchestratorTelemetry.Source.StartActivity("orchestrate " + kind.ToString().ToLowerInvariant(), ActivityKind.Internal);
        span?.SetTag("live_activity.key", entry.Key);
        try
        {
            try
            {
                await RunAsync(entry, kind, token).ConfigureAwait(false);
                if (kind < WorkKind.None)
                {
                    Interlocked.Exchange(ref _authLogged, 0);
                    OrchestratorTelemetry.Requests.Add(1, new("live_activity.operation", kind.ToString()), new("outcome", "success"));
                }
            }
            catch (LiveActivityException ex) when (kind < WorkKind.None && ex is not (LiveActivityStoreConflictException or LiveActivityStoreUnavailableException or LiveActivityLeaseLostException))
            {
                span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                OrchestratorTelemetry.Requests.Add(1, new("live_activity.operation", kind.ToString()), new("outcome", "failure"));
                await HandleFailureAsync(entry, kind, ex, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return; // stopping: whatever was recorded is settled by the next start
        }
        catch (LiveActivityLeaseLostException ex) when (!token.IsCancellationRequested)
        {
            // Another host claimed the activity (this host's lease expired): it drives it from its stored record; this host lets go.
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            entry.Lease = null;
            OrchestratorLog.LeaseLost(_logger, entry.Key, ex.Message);
        }
        catch (LiveActivityStoreConflictException ex) when (!token.IsCancellationRequested)
        {
            // Another writer changed the record: take the stored one and decide again.
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            entry.NotBefore = _time.GetUtcNow() + _options.RetryDelay;
            OrchestratorLog.UnexpectedFailure(_logger, ex, entry.Key, kind.ToString(), entry.NotBefore);
            await ReloadAsync(entry, token).ConfigureAwait(false);
        }
        catch (LiveActivityStoreUnavailableException ex) when (!token.IsCancellationRequested)
        {
            // The store is down: nothing more is sent for this activity until it answers (an intent it did not take was not sent; a
            // result it did not take leaves the intent recorded, settled by the reconcile path on the next attempt).
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            entry.NotBefore = _time.GetUtcNow() + _options.RetryDelay;
            OrchestratorLog.StoreUnavailable(_logger, entry.Key, kind.ToString(), entry.NotBefore, ex.Message);
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            entry.NotBefore = _time.GetUtcNow() + _options.RetryDelay;
            OrchestratorLog.UnexpectedFailure(_logger, ex, entry.Key, kind.ToString(), entry.NotBefore);
        }
        finally
        {
            if (!token.IsCancellationRequested)
            {
                entry.InFlight = false;
                _dirty.Enqueue(entry);
                Wake();
            }

            Interlocked.Decrement(ref _inFlightByKind[(int)kind]);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private Task RunAsync(ActivityEntry entry, WorkKind kind, CancellationToken token) => kind switch
    {
        WorkKind.Register => RegisterAsync(entry, token),
        WorkKind.Start => StartActivityAsync(entry, token),
        WorkKind.Update => UpdateAsync(entry, token),
        WorkKind.End => EndActivityAsync(entry, token),
        WorkKind.Expire => ExpireAsync(entry, token),
        WorkKind.Cancel => MutateAsync(entry, r => r.IsClosed ? r : r with { State = LiveActivityState.Ended, Intent = null, LastError = "Ended before it started: nothing was shown" }, token),
        _ => Task.CompletedTask,
    };

    private async Task RegisterAsync(ActivityEntry entry, CancellationToken token)
    {
        var record = await RecordIntentAsync(entry, LiveActivityOperation.Register, token).ConfigureAwait(false);
        if (record.IntentAttempts > 1)
        {
            OrchestratorLog.RegisterInDoubt(_logger, record.Key);
        }

        var result = await _client().RegisterSegmentAsync(
            new RegisterSegmentRequest { ActivityType = record.ActivityType, InsiderIds = record.InsiderIds, EndsAt = record.EndsAt }, null, token).ConfigureAwait(false);
        await MutateAsync(
            entry,
            r => r with
            {
                State = LiveActivityState.Registered,
                ActivityId = result.ActivityId,
                InsiderIds = [],
                Intent = null,
                IntentAttempts = 0,
                LastError = result.IsComplete ? null : $"{result.UnconfirmedInsiderIds.Count} insider ids were not confirmed by the API",
            },
            token).ConfigureAwait(false);
    }

    private async Task StartActivityAsync(ActivityEntry entry, CancellationToken token)
    {
        var record = await RecordIntentAsync(entry, LiveActivityOperation.Start, token).ConfigureAwait(false);
        try
        {
            await _client().StartAsync(
                new StartRequest { ActivityId = record.ActivityId!, ActivityType = record.ActivityType, Content = record.StartContent, TargetDevices = record.TargetDevices },
                token).ConfigureAwait(false);
        }
        catch (ActivityAlreadyStartedException) when (record.IntentAttempts > 1)
        {
            OrchestratorLog.Reconciled(_logger, record.Key, "/start");
        }

        var now = _time.GetUtcNow();
        await MutateAsync(
            entry,
            r => r with { State = LiveActivityState.Started, StartedAt = now, LastSentAt = now, Starts = r.Starts + 1, Intent = null, IntentAttempts = 0, LastError = null },
            token).ConfigureAwait(false);
    }

    private async Task UpdateAsync(ActivityEntry entry, CancellationToken token)
    {
        var record = entry.Record;
        if (!record.HasPendingUpdate || record.PendingContent is null)
        {
            return;
        }

        var sentAt = _time.GetUtcNow();
        var sequence = record.PendingSequence;
        await _client().UpdateAsync(
            new UpdateRequest { ActivityId = record.ActivityId!, ActivityType = record.ActivityType, Content = record.PendingContent, TargetDevices = record.TargetDevices },
            token).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        await MutateAsync(
            entry,
            r =>
            {
                var newer = r.PendingSequence > sequence;
                return r with
                {
                    DeliveredSequence = Math.Max(r.DeliveredSequence, sequence),
                    PendingContent = newer ? r.PendingContent : null,
                    StaleSince = newer ? sentAt : null,
                    LastSentAt = now,
                    Updates = r.Updates + 1,
                    LastError = null,
                };
            },
            token).ConfigureAwait(false);
        if (record.StaleSince is { } staleSince)
        {
            OrchestratorTelemetry.Staleness.Record((now - staleSince).TotalSeconds);
        }
    }

    private async Task EndActivityAsync(ActivityEntry entry, CancellationToken token)
    {
        var record = await RecordIntentAsync(entry, LiveActivityOperation.End, token).ConfigureAwait(false);
        try
        {
            await _client().EndAsync(
                new EndRequest { ActivityId = record.ActivityId!, ActivityType = record.ActivityType, Content = record.EndContent!, TargetDevices = record.TargetDevices },
                token).ConfigureAwait(false);
        }
        catch (ActivityNotFoundException) when (record.IntentAttempts > 1)
        {
            OrchestratorLog.Reconciled(_logger, record.Key, "/end");
        }

        await MutateAsync(
            entry,
            r => r with { State = LiveActivityState.Ended, Ends = r.Ends + 1, Intent = null, IntentAttempts = 0, PendingContent = null, StaleSince = null, LastError = null },
            token).ConfigureAwait(false);
    }

    private async Task ReloadAsync(ActivityEntry entry, CancellationToken token)
    {
        await entry.Gate.WaitAsync(token).ConfigureAwait(false);
        try
        {
            entry.Record = await _store.GetAsync(entry.Key, token).ConfigureAwait(false) ?? entry.Record;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private Task<LiveActivityRecord> RecordIntentAsync(ActivityEntry entry, LiveActivityOperation operation, CancellationToken token) =>
        MutateAsync(
            entry,
            r => r with
            {
                Intent = operation,
                IntentAttempts = r.Intent == operation ? r.IntentAttempts + 1 : 1,
                EndContent = operation == LiveActivityOperation.End ? r.EndContent ?? r.FinalContent ?? r.LatestContent ?? r.StartContent : r.EndContent,
            },
            token,
            Write.Intent);

    private async Task ExpireAsync(ActivityEntry entry, CancellationToken token)
    {
        var record = entry.Record;
        var reason = $"ends_at ({record.EndsAt:O}) passed before the end was delivered (state {record.State}"
            + (record.LastError is null ? ")" : $"; last error: {record.LastError})");
        var expired = await MutateAsync(entry, r => r.IsClosed ? r : r with { State = LiveActivityState.Expired, LastError = reason }, token).ConfigureAwait(false);
        if (expired.State == LiveActivityState.Expired && ReferenceEquals(expired.LastError, reason))
        {
            OrchestratorLog.ActivityExpired(_logger, record.Key, reason);
            OrchestratorTelemetry.Expired.Add(1);
        }
    }

    private async Task HandleFailureAsync(ActivityEntry entry, WorkKind kind, LiveActivityException error, CancellationToken token)
    {
        var now = _time.GetUtcNow();
        var reason = $"{error.GetType().Name} (HTTP {(error.StatusCode is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}"
            + (error.ErrorCode is null ? ")" : $", {error.ErrorCode})") + ": " + error.Message;
        switch (Classify(error))
        {
            case FailureScope.Everything:
                PausedUntil = now + _options.AuthFailurePause;
                entry.NotBefore = now + _options.AuthFailurePause;
                if (Interlocked.Exchange(ref _authLogged, 1) == 0)
                {
                    OrchestratorLog.AuthenticationPaused(_logger, (int?)error.StatusCode, _options.AuthFailurePause);
                }

                break;
            case FailureScope.Activity:
                await MutateAsync(entry, r => r with { State = LiveActivityState.Failed, Intent = null, LastError = kind + ": " + reason }, token).ConfigureAwait(false);
                OrchestratorLog.ActivityFailed(_logger, entry.Key, kind.ToString(), reason);
                OrchestratorTelemetry.Failed.Add(1, new KeyValuePair<string, object?>("live_activity.operation", kind.ToString()));
                break;
            default:
                entry.NotBefore = now + _options.RetryDelay;
                await MutateAsync(entry, r => r with { LastError = kind + ": " + reason }, token).ConfigureAwait(false);
                var operation = kind.ToString();
                OrchestratorLog.RequestDeferred(_logger, entry.Key, operation, entry.NotBefore, reason);
                break;
        }
    }

    private static FailureScope Classify(LiveActivityException error) => error switch
    {
        LiveActivityAuthenticationException or LiveActivityDisabledException => FailureScope.Everything,
        PushTokenNotSyncedException or LiveActivityRateLimitException or LiveActivityServiceUnavailableException or LiveActivityOutcomeUnknownException => FailureScope.Transient,
        ActivityNotFoundException or ActivityAlreadyStartedException or NoEligibleDeviceException or LiveActivityValidationException => FailureScope.Activity,
        { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } => FailureScope.Everything,
        { StatusCode: { } status } when (int)status is >= 400 and < 500 and not 408 and not 429 => FailureScope.Activity,
        _ => FailureScope.Transient,
    };

    private enum FailureScope
    {
        Transient,
        Activity,
        Everything,
    }
}
