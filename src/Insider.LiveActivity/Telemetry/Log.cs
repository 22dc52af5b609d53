// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity;

/// <summary>
/// The client's log entries, with the fields the API's error-logging recommendation lists (status, code, error,
/// activity id, endpoint, attempt, request time). Never the API key, insider ids or content.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "AttemptFailed", Level = LogLevel.Warning,
        Message = "Live Activity {Endpoint} attempt {Attempt} failed: HTTP {StatusCode} {ErrorCode} '{Error}' (activity {ActivityId}, requested at {RequestedAt:O}); retrying in {RetryDelay}")]
    public static partial void AttemptFailed(ILogger logger, string endpoint, int attempt, int? statusCode, string? errorCode, string? error, string? activityId, DateTimeOffset requestedAt, TimeSpan retryDelay);

    [LoggerMessage(EventId = 2, EventName = "CallFailed", Level = LogLevel.Error,
        Message = "Live Activity {Endpoint} failed after {Attempts} attempt(s): HTTP {StatusCode} {ErrorCode} '{Error}' (activity {ActivityId}, last attempt requested at {RequestedAt:O}, safe to retry: {IsSafeToRetry})")]
    public static partial void CallFailed(ILogger logger, string endpoint, int attempts, int? statusCode, string? errorCode, string? error, string? activityId, DateTimeOffset requestedAt, bool isSafeToRetry);
}
