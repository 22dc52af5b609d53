// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tool;

/// <summary>The tool's documented exit codes (the package README lists them).</summary>
internal static class ToolExitCode
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command line or a local input was wrong: unknown option, missing file, bad JSON, no API key.</summary>
    public const int Usage = 1;

    /// <summary>The request was rejected as invalid (400 codes, or the SDK's own checks before sending).</summary>
    public const int Validation = 2;

    /// <summary>The key or the account cannot do this: 401, 403 <c>LIVE_ACTIVITY_DISABLED</c>, 412 <c>APNS_CERT_*</c>.</summary>
    public const int Unauthorized = 3;

    /// <summary>The activity is not there (404) or not in the needed state (409 <c>ALREADY_STARTED</c>).</summary>
    public const int NotFoundOrConflict = 4;

    /// <summary>Try again later: 429, 502, 503, 412 <c>PUSH_TOKEN_NOT_SYNCED</c>.</summary>
    public const int RetryLater = 5;

    /// <summary>A <c>/start</c> or <c>/end</c> was lost in transport: it may or may not have been processed.</summary>
    public const int OutcomeUnknown = 6;

    /// <summary>422 <c>NO_ELIGIBLE_DEVICE</c>: none of the insiders has a device that can show a Live Activity.</summary>
    public const int NoEligibleDevice = 7;

    /// <summary>A segment was registered, but some ids were not confirmed (they are written to a file).</summary>
    public const int Incomplete = 8;

    /// <summary>Any other API failure: undocumented codes, malformed answers, transport failures after the retries.</summary>
    public const int ApiError = 9;

    /// <summary><c>check</c>: the device would not decode the payload (at least one problem is an error; warnings alone exit 0).</summary>
    public const int Incompatible = 10;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
