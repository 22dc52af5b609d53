// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tool.Api;

/// <summary>The SDK's typed exceptions, mapped to the tool's exit codes.</summary>
internal static class ApiExitCodes
{
    /// <summary>The exit code for <paramref name="exception"/>.</summary>
    public static int For(LiveActivityException exception) => exception switch
    {
        LiveActivityValidationException => ToolExitCode.Validation,
        LiveActivityAuthenticationException or LiveActivityDisabledException or ApnsCertificateException => ToolExitCode.Unauthorized,
        ActivityNotFoundException or ActivityAlreadyStartedException => ToolExitCode.NotFoundOrConflict,
        LiveActivityRateLimitException or LiveActivityServiceUnavailableException or PushTokenNotSyncedException => ToolExitCode.RetryLater,
        LiveActivityOutcomeUnknownException => ToolExitCode.OutcomeUnknown,
        NoEligibleDeviceException => ToolExitCode.NoEligibleDevice,
        _ => ToolExitCode.ApiError,
    };
}
