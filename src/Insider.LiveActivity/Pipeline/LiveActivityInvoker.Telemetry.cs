// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;

namespace Insider.LiveActivity;

/// <summary>The call span's closing tags and the call-level instruments.</summary>
internal sealed partial class LiveActivityInvoker
{
    private void RecordCall(Activity? span, CallState call, long startedAt, string outcome, LiveActivityException? error)
    {
        var endpointTag = new KeyValuePair<string, object?>(TelemetryTags.Endpoint, call.Endpoint.DisplayName());
        if (span is not null)
        {
            span.SetTag(TelemetryTags.Attempts, call.Attempts);
            span.SetTag(TelemetryTags.Retried, call.Attempts > 1);
            span.SetTag(TelemetryTags.Outcome, outcome);
            if (error is not null)
            {
                span.SetTag(TelemetryTags.StatusCode, (int?)error.StatusCode);
                span.SetTag(TelemetryTags.ErrorCode, error.ErrorCode);
                span.SetTag(TelemetryTags.ErrorType, ErrorType(error));
                span.SetStatus(ActivityStatusCode.Error, error.ErrorCode ?? error.GetType().Name);
            }
        }

        if (LiveActivityTelemetry.Calls.Enabled)
        {
            LiveActivityTelemetry.Calls.Add(1, endpointTag, new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome));
        }

        if (LiveActivityTelemetry.CallDuration.Enabled)
        {
            LiveActivityTelemetry.CallDuration.Record(
                TimeProvider.GetElapsedTime(startedAt).TotalSeconds, endpointTag, new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome));
        }

        if (error is not null && LiveActivityTelemetry.Failures.Enabled)
        {
            LiveActivityTelemetry.Failures.Add(1, endpointTag, new KeyValuePair<string, object?>(TelemetryTags.ErrorType, ErrorType(error)));
        }
    }

    /// <summary>The documented code when there is one, else the exception's kind (e.g. <c>LiveActivityOutcomeUnknownException</c>).</summary>
    private static string ErrorType(LiveActivityException error) => error.ErrorCode ?? error.GetType().Name;
}
