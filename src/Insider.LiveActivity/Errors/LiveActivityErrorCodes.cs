// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The machine-readable <c>code</c> values the Live Activities API documents in its error envelope.</summary>
public static class LiveActivityErrorCodes
{
    /// <summary>400: a validation rule failed with no more specific code.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>400: the API key is not bound to a defined customer.</summary>
    public const string PartnerRequired = "PARTNER_REQUIRED";

    /// <summary>400: the body is empty or cannot be parsed.</summary>
    public const string RequestInvalid = "REQUEST_INVALID";

    /// <summary>400: <c>activity_type</c> is missing, empty or whitespace.</summary>
    public const string ActivityTypeRequired = "ACTIVITY_TYPE_REQUIRED";

    /// <summary>400: <c>activity_id</c> is missing, empty or whitespace.</summary>
    public const string ActivityIdRequired = "ACTIVITY_ID_REQUIRED";

    /// <summary>400: <c>insider_ids</c> is empty or holds more than the allowed number of ids.</summary>
    public const string InsiderIdsOutOfRange = "INSIDER_IDS_OUT_OF_RANGE";

    /// <summary>400: <c>ends_at</c> is in the past.</summary>
    public const string EndsAtInPast = "ENDS_AT_IN_PAST";

    /// <summary>400: <c>ends_at</c> is less than 5 minutes away.</summary>
    public const string EndsAtTooSoon = "ENDS_AT_TOO_SOON";

    /// <summary>400: <c>ends_at</c> is more than 7 days away.</summary>
    public const string EndsAtTooFar = "ENDS_AT_TOO_FAR";

    /// <summary>400: a target device has an empty <c>insider_id</c> or <c>udid</c>.</summary>
    public const string TargetDevicesInvalid = "TARGET_DEVICES_INVALID";

    /// <summary>403: the Live Activities product is not active for the customer.</summary>
    public const string LiveActivityDisabled = "LIVE_ACTIVITY_DISABLED";

    /// <summary>404: the customer is not registered in Insider's system.</summary>
    public const string AppNotFound = "APP_NOT_FOUND";

    /// <summary>404: the activity does not exist (never registered, ended, or expired).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>404: no profile exists for the insider.</summary>
    public const string ProfileNotFound = "PROFILE_NOT_FOUND";

    /// <summary>409: the activity has already been started.</summary>
    public const string AlreadyStarted = "ALREADY_STARTED";

    /// <summary>412: no APNs certificate is uploaded for the customer.</summary>
    public const string ApnsCertMissing = "APNS_CERT_MISSING";

    /// <summary>412: the uploaded APNs certificate is not a .p8 key.</summary>
    public const string ApnsCertTypeUnsupported = "APNS_CERT_TYPE_UNSUPPORTED";

    /// <summary>412: none of the target devices has synced its per-activity token yet.</summary>
    public const string PushTokenNotSynced = "PUSH_TOKEN_NOT_SYNCED";

    /// <summary>422: every insider was filtered out by the eligibility checks.</summary>
    public const string NoEligibleDevice = "NO_ELIGIBLE_DEVICE";

    /// <summary>
    /// Client-side only (the API never answers it): a typed content state encodes to more than 4,096 bytes, Apple's limit for an
    /// encoded <c>ContentState</c>. Raised as a <see cref="LiveActivityValidationException"/> before anything is sent.
    /// </summary>
    public const string ContentStateTooLarge = "CONTENT_STATE_TOO_LARGE";

    /// <summary>502: a transient error on Insider's side.</summary>
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
}
