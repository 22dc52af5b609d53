// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The tag names of the client's spans and instruments (OpenTelemetry's where one fits).</summary>
internal static class TelemetryTags
{
    public const string Endpoint = "live_activity.endpoint";
    public const string ActivityId = "live_activity.activity_id";
    public const string Attempt = "live_activity.attempt";
    public const string Attempts = "live_activity.attempts";
    public const string Retried = "live_activity.retried";
    public const string Reconciled = "live_activity.reconciled";
    public const string ErrorCode = "live_activity.error_code";
    public const string Outcome = "live_activity.outcome";
    public const string StatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";
}
