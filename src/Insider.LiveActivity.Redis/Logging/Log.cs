// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Redis;

/// <summary>The Redis budget's log entries: never the API key (only the endpoint), never the Redis configuration (it may hold a password).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 101, EventName = "RedisBudgetFallback", Level = LogLevel.Warning,
        Message = "Redis is unreachable: the rate budget of {Endpoint} falls back to this process's in-process budget (FallbackToInProcess) until Redis answers again; several processes may together exceed the API's limit meanwhile. Cause: {Cause}")]
    public static partial void FallingBack(ILogger logger, LiveActivityEndpoint endpoint, string cause);

    [LoggerMessage(EventId = 102, EventName = "RedisBudgetRestored", Level = LogLevel.Information,
        Message = "Redis answers again: the rate budget of {Endpoint} is shared through Redis again")]
    public static partial void Restored(ILogger logger, LiveActivityEndpoint endpoint);

    [LoggerMessage(EventId = 103, EventName = "RedisBudgetReportFailed", Level = LogLevel.Warning,
        Message = "A {StatusCode} of {Endpoint} could not be recorded in Redis; the pause applies to this process only. Cause: {Cause}")]
    public static partial void ReportFailed(ILogger logger, int statusCode, LiveActivityEndpoint endpoint, string cause);
}
