// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The "Suggested Fix" column of the API's error-code table, word for word: every exception message for a documented code
/// ends with it, so the operator reading a log line knows what to do.
/// </summary>
internal static class ErrorAdvice
{
    /// <summary>The advice for a response that proved nothing was processed and may be sent again (429, 503, 502).</summary>
    public const string RetryThenContact = "Retry; if it persists, contact Insider.";

    /// <summary>Gets the documented fix for an error <paramref name="code"/>, else for the status of an answer without one (401, 403, 429, 502, 503).</summary>
    /// <param name="status">The HTTP status, or <see langword="null"/> when the client rejected the request before sending.</param>
    /// <param name="code">The envelope's code, or <see langword="null"/>.</param>
    /// <returns>One or more short sentences ending with a period, or <see langword="null"/> when the documentation gives none.</returns>
    public static string? For(int? status, string? code) => code switch
    {
        LiveActivityErrorCodes.ValidationFailed => "Read the message, fix the body.",
        LiveActivityErrorCodes.PartnerRequired => "Check/renew the API key.",
        LiveActivityErrorCodes.RequestInvalid => "Add/check the JSON body.",
        LiveActivityErrorCodes.ActivityTypeRequired => "Add the field.",
        LiveActivityErrorCodes.ActivityIdRequired => "Use the ID from the /register response.",
        LiveActivityErrorCodes.InsiderIdsOutOfRange => "Narrow the segment size.",
        LiveActivityErrorCodes.EndsAtInPast => "Use a future time.",
        LiveActivityErrorCodes.EndsAtTooSoon => "Use a time ≥ 5 minutes in the future.",
        LiveActivityErrorCodes.EndsAtTooFar => "Use a time ≤ 7 days in the future.",
        LiveActivityErrorCodes.TargetDevicesInvalid => "Fill in both for every element.",
        LiveActivityErrorCodes.LiveActivityDisabled => "Request activation from your CSM (requires AOO budget).",
        LiveActivityErrorCodes.AppNotFound => "Use the correct partner key.",
        LiveActivityErrorCodes.NotFound => "Issue a new /register, use the returned ID.",
        LiveActivityErrorCodes.ProfileNotFound => "Verify the ID.",
        LiveActivityErrorCodes.AlreadyStarted => "Call /end and re-register, call /start exactly once.",
        LiveActivityErrorCodes.ApnsCertMissing => "Upload the .p8 certificate to Insider (coordinate with CSM).",
        LiveActivityErrorCodes.ApnsCertTypeUnsupported => "Switch to a .p8 certificate.",
        LiveActivityErrorCodes.PushTokenNotSynced => "Wait a few seconds and retry.",
        LiveActivityErrorCodes.NoEligibleDevice => "Check the skipped and gdpr_denied_details in the body, adjust the segment.",
        LiveActivityErrorCodes.UpstreamUnavailable => RetryThenContact,
        _ => status switch
        {
            401 => "Renew or authorize the API key.",
            403 => "Request activation from your CSM (requires AOO budget).",
            429 => "Apply backoff, retry.",
            502 or 503 => RetryThenContact,
            _ => null,
        },
    };

    /// <summary>Appends the advice for the answer, if the documentation gives one, as the message's last sentence.</summary>
    /// <param name="message">The message, ending with a period.</param>
    /// <param name="status">The HTTP status, or <see langword="null"/>.</param>
    /// <param name="code">The envelope's code, or <see langword="null"/>.</param>
    /// <returns>The message with the advice at its end.</returns>
    public static string Append(string message, int? status, string? code) =>
        For(status, code) is { } advice ? message + " " + advice : message;
}
