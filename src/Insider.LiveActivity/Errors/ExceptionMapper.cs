// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using Polly;
using Polly.Timeout;

namespace Insider.LiveActivity;

/// <summary>
/// Turns the last attempt of a failed call into the documented exception type. The envelope's <c>code</c>
/// decides the type; a response without a known code maps by status (401, 403, 429, 502, 503) or to the base type.
/// </summary>
internal static class ExceptionMapper
{
    /// <summary>Maps a failed call to its exception; the message ends with the documented fix for the code (<see cref="ErrorAdvice"/>).</summary>
    /// <param name="outcome">The last attempt's outcome, or <see langword="null"/> when it ended with an exception.</param>
    /// <param name="exception">The exception the call ended with, if any.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="activityId">The activity id, if any.</param>
    /// <param name="attempts">The HTTP attempts made.</param>
    /// <param name="reconciling">Whether an unknown outcome will be reconciled by a second send (so its message is read only if that fails too).</param>
    /// <returns>The exception to throw.</returns>
    public static LiveActivityException Map(AttemptOutcome? outcome, Exception? exception, LiveActivityEndpoint endpoint, string? activityId, int attempts, bool reconciling = false)
    {
        if (outcome?.Failure == AttemptFailure.QueueFull)
        {
            var full = new LiveActivityRateLimitException(
                $"The client-side rate budget of {endpoint.DisplayName()} is exhausted and its queue is full (LiveActivityOptions.RateLimit.QueueLimit), " +
                $"so the call was not sent{ActivitySuffix(activityId)}. Apply backoff, retry.");
            return Decorate(full, null, null, endpoint, activityId, attempts, safe: true);
        }

        if (outcome is null && exception is LiveActivityException rejected)
        {
            // Raised before anything was sent (a rate limiter that cannot check its budget, e.g. Redis unreachable): kept as it is.
            return Decorate(rejected, null, null, endpoint, activityId, attempts, safe: true);
        }

        if (outcome is null || outcome.Failure == AttemptFailure.Transport)
        {
            // A connection lost after the status line still leaves no usable response: no status.
            return MapTransport(outcome?.Cause ?? exception, endpoint, activityId, attempts, reconciling);
        }

        var status = outcome.Status!.Value;
        var code = outcome.ErrorCode;
        var message = Describe(outcome, endpoint, activityId, attempts);
        var safe = IsSafeToRetry(status, code, endpoint);
        LiveActivityException error = outcome.Failure switch
        {
            AttemptFailure.MalformedBody or AttemptFailure.BodyTooLarge => new LiveActivityException(message, outcome.Cause),
            _ => CreateForStatus(status, code, message, outcome),
        };

        return Decorate(error, status, code, endpoint, activityId, attempts, safe);
    }

    /// <summary>The exceptions an HTTP exchange fails with when the connection fails, drops or its own timeout fires.</summary>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException or OperationCanceledException or System.Net.Sockets.SocketException;

    /// <summary>The text a log entry gives for a failed attempt: the envelope's error, else the exception's message.</summary>
    public static string? ErrorText(in Outcome<AttemptOutcome> outcome) =>
        outcome.Result?.Envelope?.Error ?? outcome.Exception?.Message ?? outcome.Result?.Cause?.Message;

    public static bool IsSafeToRetry(HttpStatusCode status, string? code, LiveActivityEndpoint endpoint) =>
        (int)status is 429 or 503
        || code == LiveActivityErrorCodes.PushTokenNotSynced
        || ((int)status == 502 && endpoint.IsIdempotent());

    private static LiveActivityException CreateForStatus(HttpStatusCode status, string? code, string message, AttemptOutcome outcome)
    {
        switch (code)
        {
            case LiveActivityErrorCodes.ValidationFailed or LiveActivityErrorCodes.RequestInvalid or LiveActivityErrorCodes.ActivityTypeRequired
                or LiveActivityErrorCodes.ActivityIdRequired or LiveActivityErrorCodes.InsiderIdsOutOfRange or LiveActivityErrorCodes.EndsAtInPast
                or LiveActivityErrorCodes.EndsAtTooSoon or LiveActivityErrorCodes.EndsAtTooFar or LiveActivityErrorCodes.TargetDevicesInvalid:
                return new LiveActivityValidationException(message);
            case LiveActivityErrorCodes.LiveActivityDisabled:
                return new LiveActivityDisabledException(message);
            case LiveActivityErrorCodes.NotFound:
                return new ActivityNotFoundException(message);
            case LiveActivityErrorCodes.AlreadyStarted:
                return new ActivityAlreadyStartedException(message);
            case LiveActivityErrorCodes.ApnsCertMissing or LiveActivityErrorCodes.ApnsCertTypeUnsupported:
                return new ApnsCertificateException(message);
            case LiveActivityErrorCodes.PushTokenNotSynced:
                return new PushTokenNotSyncedException(message);
            case LiveActivityErrorCodes.NoEligibleDevice:
                return new NoEligibleDeviceException(message)
                {
                    Skipped = outcome.Envelope?.Skipped ?? SkippedDevices.None,
                    GdprDeniedDetails = outcome.Envelope?.GdprDeniedDetails ?? [],
                };
            case LiveActivityErrorCodes.UpstreamUnavailable:
                return new LiveActivityServiceUnavailableException(message);
            case LiveActivityErrorCodes.PartnerRequired or LiveActivityErrorCodes.AppNotFound or LiveActivityErrorCodes.ProfileNotFound:
                return new LiveActivityException(message);
        }

        return (int)status switch
        {
            401 => new LiveActivityAuthenticationException(message),
            403 => new LiveActivityDisabledException(message),
            429 => new LiveActivityRateLimitException(message) { RetryAfter = outcome.RetryAfter },
            502 or 503 => new LiveActivityServiceUnavailableException(message),
            _ => new LiveActivityException(message),
        };
    }

    private static LiveActivityException MapTransport(Exception? cause, LiveActivityEndpoint endpoint, string? activityId, int attempts, bool reconciling)
    {
        HttpStatusCode? status = null;
        var what = cause switch
        {
            TimeoutRejectedException => "timed out",
            null => "failed in transport",
            _ when IsTransportFailure(cause) => "failed in transport",
            _ => $"failed ({cause.GetType().Name})",
        };
        var detail = cause is null ? string.Empty : " (" + TrimPeriod(cause.Message) + ")";
        if (!endpoint.IsIdempotent())
        {
            var replay = endpoint == LiveActivityEndpoint.Start
                ? "A replayed /start answers 409 ALREADY_STARTED if the first one landed."
                : "A replayed /end answers 404 NOT_FOUND if the first one landed.";
            var check = reconciling
                ? $"The client sent it once more to find out (LiveActivityOptions.{nameof(LiveActivityOptions.ReconcileUnknownOutcomes)}), and that send failed too. Check before retrying."
                : $"Check before retrying, or set LiveActivityOptions.{nameof(LiveActivityOptions.ReconcileUnknownOutcomes)} to let the client check.";
            var unknown = new LiveActivityOutcomeUnknownException(
                $"{endpoint.DisplayName()}{(activityId is null ? string.Empty : " of activity " + activityId)} {what}{detail}. " +
                $"It may have reached the server, so its outcome is unknown. It was not retried. {replay} {check}",
                cause);
            return Decorate(unknown, status, null, endpoint, activityId, attempts, safe: false);
        }

        var error = new LiveActivityException(
            $"{endpoint.DisplayName()} {what}{detail} after {Plural(attempts, "attempt")}{ActivitySuffix(activityId)}.", cause);
        return Decorate(error, status, null, endpoint, activityId, attempts, safe: true);
    }

    private static string Describe(AttemptOutcome outcome, LiveActivityEndpoint endpoint, string? activityId, int attempts)
    {
        var status = (int)outcome.Status!.Value;
        var text = outcome.Failure switch
        {
            AttemptFailure.BodyTooLarge => "The response body is larger than LiveActivityOptions.MaxResponseBytes",
            AttemptFailure.MalformedBody => $"The response body is not the documented JSON{MediaTypeSuffix(outcome.MediaType)}",
            _ when !string.IsNullOrEmpty(outcome.Envelope?.Error) => outcome.Envelope!.Error!,
            _ => DefaultText(status) + (outcome.MediaType is { } media && outcome.Envelope is null ? $" (non-JSON body: {media})" : string.Empty),
        };
        var code = outcome.ErrorCode is { } c ? " " + c : string.Empty;
        var facts = $"{TrimPeriod(text)} (HTTP {status.ToString(CultureInfo.InvariantCulture)}{code} from {endpoint.DisplayName()}{ActivitySuffix(activityId)}, after {Plural(attempts, "attempt")}).";
        return outcome.Failure is AttemptFailure.MalformedBody or AttemptFailure.BodyTooLarge ? facts : ErrorAdvice.Append(facts, status, outcome.ErrorCode);
    }

    private static string DefaultText(int status) => status switch
    {
        401 => "The API key is missing, invalid or not authorized for Live Activities",
        403 => "Live Activities is not enabled for this account",
        429 => "Rate limit exceeded (1,000 requests per minute per API key and endpoint)",
        502 => "Transient error on Insider's side",
        503 => "Insider's authorization layer is temporarily unreachable",
        _ => "The API answered with an error and no error code",
    };

    private static string TrimPeriod(string text) => text.TrimEnd().TrimEnd('.');

    private static string MediaTypeSuffix(string? mediaType) => mediaType is null ? string.Empty : $" ({mediaType})";

    private static string ActivitySuffix(string? activityId) => activityId is null ? string.Empty : $", activity {activityId}";

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static LiveActivityException Decorate(LiveActivityException error, HttpStatusCode? status, string? code, LiveActivityEndpoint endpoint, string? activityId, int attempts, bool safe) =>
        error.WithCall(status, code, endpoint, activityId, attempts, safe);
}
