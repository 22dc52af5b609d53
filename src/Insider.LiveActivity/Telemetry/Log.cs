// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity;

/// <summary>
/// The client's log entries, with the fields the API's error-logging recommendation lists (status, code, error,
/// activity id, endpoint, attempt, request time). Never the API key, insider ids or content. A field the failure does
/// not have (no status after a transport failure, no activity id on <c>/register</c>) is left out of the line, never printed empty.
/// </summary>
internal static partial class Log
{
    private static readonly EventId AttemptFailedEvent = new(1, "AttemptFailed");
    private static readonly EventId CallFailedEvent = new(2, "CallFailed");

    /// <summary>A failed attempt that will be retried (Warning).</summary>
    public static void AttemptFailed(ILogger logger, string endpoint, int attempt, int? statusCode, string? errorCode, string? error, string? activityId, DateTimeOffset requestedAt, TimeSpan retryDelay)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var state = new FailureLogState().Text("Live Activity ").Field("Endpoint", endpoint).Text(" attempt ").Field("Attempt", attempt).Text(" failed");
        Response(state, statusCode, errorCode, error);
        Context(state, activityId).Text("requested at ").Field("RequestedAt", requestedAt, "O").Text("); retrying in ").Field("RetryDelay", retryDelay).Complete();
        logger.Log(LogLevel.Warning, AttemptFailedEvent, state, null, FailureLogState.Formatter);
    }

    /// <summary>A call that failed for good (Error).</summary>
    public static void CallFailed(ILogger logger, string endpoint, int attempts, int? statusCode, string? errorCode, string? error, string? activityId, DateTimeOffset requestedAt, bool isSafeToRetry)
    {
        if (!logger.IsEnabled(LogLevel.Error))
        {
            return;
        }

        var state = new FailureLogState().Text("Live Activity ").Field("Endpoint", endpoint).Text(" failed after ").Field("Attempts", attempts).Text(" attempt(s)");
        Response(state, statusCode, errorCode, error);
        Context(state, activityId).Text("last attempt requested at ").Field("RequestedAt", requestedAt, "O")
            .Text(", safe to retry: ").Field("IsSafeToRetry", isSafeToRetry).Text(")").Complete();
        logger.Log(LogLevel.Error, CallFailedEvent, state, null, FailureLogState.Formatter);
    }

    [LoggerMessage(EventId = 3, EventName = "OutcomeUnknownReconciling", Level = LogLevel.Warning,
        Message = "Live Activity {Endpoint} of activity {ActivityId} may have been processed after {Attempts} attempt(s); sending it once more to learn whether it landed (ReconcileUnknownOutcomes)")]
    public static partial void OutcomeUnknownReconciling(ILogger logger, string endpoint, string? activityId, int attempts);

    [LoggerMessage(EventId = 4, EventName = "Reconciled", Level = LogLevel.Information,
        Message = "Live Activity {Endpoint} of activity {ActivityId} reconciled: HTTP {StatusCode} {ErrorCode} to the second send proves the first one landed")]
    public static partial void Reconciled(ILogger logger, string endpoint, string? activityId, int? statusCode, string? errorCode);

    private static void Response(FailureLogState state, int? statusCode, string? errorCode, string? error)
    {
        if (statusCode is { } status)
        {
            state.Text(": HTTP ").Field("StatusCode", status);
            if (!string.IsNullOrEmpty(errorCode))
            {
                state.Text(" ").Field("ErrorCode", errorCode!);
            }
        }
        else
        {
            state.Text(": no response");
        }

        if (!string.IsNullOrEmpty(error))
        {
            state.Text(" '").Field("Error", error!).Text("'");
        }
    }

    private static FailureLogState Context(FailureLogState state, string? activityId)
    {
        state.Text(" (");
        return string.IsNullOrEmpty(activityId) ? state : state.Text("activity ").Field("ActivityId", activityId!).Text(", ");
    }
}
