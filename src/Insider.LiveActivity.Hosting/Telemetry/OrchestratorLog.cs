// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Hosting;

/// <summary>The orchestrator's log lines (source-generated). None carries the API key: only keys, activity ids and reasons.</summary>
internal static partial class OrchestratorLog
{
    [LoggerMessage(EventId = 101, EventName = "ActivityFailed", Level = LogLevel.Warning,
        Message = "Live activity {Key} failed on {Operation}: {Reason}")]
    public static partial void ActivityFailed(ILogger logger, string key, string operation, string reason);

    [LoggerMessage(EventId = 102, EventName = "ActivityExpired", Level = LogLevel.Error,
        Message = "Live activity {Key} expired without its end: {Reason}")]
    public static partial void ActivityExpired(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 103, EventName = "AuthenticationPaused", Level = LogLevel.Error,
        Message = "The Live Activities API refused the key or the product (HTTP {Status}): every request pauses for {Pause} and is tried again")]
    public static partial void AuthenticationPaused(ILogger logger, int? status, TimeSpan pause);

    [LoggerMessage(EventId = 104, EventName = "RegisterInDoubt", Level = LogLevel.Warning,
        Message = "Live activity {Key} is registered again: an earlier /register may have created an activity that is now orphaned (it expires at its ends_at)")]
    public static partial void RegisterInDoubt(ILogger logger, string key);

    [LoggerMessage(EventId = 105, EventName = "Reconciled", Level = LogLevel.Information,
        Message = "Live activity {Key}: the {Operation} recorded before a crash or an unknown outcome had landed")]
    public static partial void Reconciled(ILogger logger, string key, string operation);

    [LoggerMessage(EventId = 106, EventName = "RequestDeferred", Level = LogLevel.Debug,
        Message = "Live activity {Key}: {Operation} failed transiently and is tried again at {RetryAt}: {Reason}")]
    public static partial void RequestDeferred(ILogger logger, string key, string operation, DateTimeOffset retryAt, string reason);

    [LoggerMessage(EventId = 107, EventName = "UnexpectedFailure", Level = LogLevel.Error,
        Message = "Live activity {Key}: {Operation} failed unexpectedly and is tried again at {RetryAt}")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception, string key, string operation, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 108, EventName = "Recovered", Level = LogLevel.Information,
        Message = "The orchestrator took over {Count} open live activities from its store ({InDoubt} with a request in doubt)")]
    public static partial void Recovered(ILogger logger, int count, int inDoubt);

    [LoggerMessage(EventId = 109, EventName = "StoreUnavailable", Level = LogLevel.Warning,
        Message = "Live activity {Key}: {Operation} is deferred to {RetryAt} because the store is unavailable: {Reason}")]
    public static partial void StoreUnavailable(ILogger logger, string key, string operation, DateTimeOffset retryAt, string reason);

    [LoggerMessage(EventId = 110, EventName = "LeasesClaimed", Level = LogLevel.Information,
        Message = "Host {Owner} took over {Count} live activities from the shared store ({InDoubt} with a request in doubt)")]
    public static partial void LeasesClaimed(ILogger logger, string owner, int count, int inDoubt);

    [LoggerMessage(EventId = 111, EventName = "LeaseLost", Level = LogLevel.Warning,
        Message = "Live activity {Key} is now driven by another host; this host stops driving it: {Reason}")]
    public static partial void LeaseLost(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 112, EventName = "LeaseRoundFailed", Level = LogLevel.Warning,
        Message = "The leases on the shared store were not renewed or claimed; no request is sent once a lease is within a third of its expiry, and the round is tried again at {RetryAt}")]
    public static partial void LeaseRoundFailed(ILogger logger, Exception exception, DateTimeOffset retryAt);
}
