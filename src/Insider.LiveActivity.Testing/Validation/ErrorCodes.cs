// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>The documented error codes.</summary>
internal static class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string PartnerRequired = "PARTNER_REQUIRED";
    public const string RequestInvalid = "REQUEST_INVALID";
    public const string ActivityTypeRequired = "ACTIVITY_TYPE_REQUIRED";
    public const string ActivityIdRequired = "ACTIVITY_ID_REQUIRED";
    public const string InsiderIdsOutOfRange = "INSIDER_IDS_OUT_OF_RANGE";
    public const string EndsAtInPast = "ENDS_AT_IN_PAST";
    public const string EndsAtTooSoon = "ENDS_AT_TOO_SOON";
    public const string EndsAtTooFar = "ENDS_AT_TOO_FAR";
    public const string TargetDevicesInvalid = "TARGET_DEVICES_INVALID";
    public const string LiveActivityDisabled = "LIVE_ACTIVITY_DISABLED";
    public const string AppNotFound = "APP_NOT_FOUND";
    public const string NotFound = "NOT_FOUND";
    public const string AlreadyStarted = "ALREADY_STARTED";
    public const string ApnsCertMissing = "APNS_CERT_MISSING";
    public const string ApnsCertTypeUnsupported = "APNS_CERT_TYPE_UNSUPPORTED";
    public const string PushTokenNotSynced = "PUSH_TOKEN_NOT_SYNCED";
    public const string NoEligibleDevice = "NO_ELIGIBLE_DEVICE";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
}
