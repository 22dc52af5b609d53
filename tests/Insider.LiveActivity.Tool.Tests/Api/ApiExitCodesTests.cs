// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;

namespace Insider.LiveActivity.Tool.Tests.Api;

public class ApiExitCodesTests
{
    public static TheoryData<LiveActivityException, int> Cases() => new()
    {
        { new LiveActivityValidationException("v"), ToolExitCode.Validation },
        { new LiveActivityAuthenticationException("a"), ToolExitCode.Unauthorized },
        { new LiveActivityDisabledException("d"), ToolExitCode.Unauthorized },
        { new ApnsCertificateException("c"), ToolExitCode.Unauthorized },
        { new ActivityNotFoundException("n"), ToolExitCode.NotFoundOrConflict },
        { new ActivityAlreadyStartedException("s"), ToolExitCode.NotFoundOrConflict },
        { new LiveActivityRateLimitException("r"), ToolExitCode.RetryLater },
        { new LiveActivityServiceUnavailableException("u"), ToolExitCode.RetryLater },
        { new PushTokenNotSyncedException("t"), ToolExitCode.RetryLater },
        { new LiveActivityOutcomeUnknownException("o"), ToolExitCode.OutcomeUnknown },
        { new NoEligibleDeviceException("e"), ToolExitCode.NoEligibleDevice },
        { new LiveActivityException("x"), ToolExitCode.ApiError },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachTypedException_HasItsDocumentedExitCode(LiveActivityException exception, int exitCode) =>
        ApiExitCodes.For(exception).Should().Be(exitCode);

    [Fact]
    public void ExitCodes_AreDistinct()
    {
        int[] codes =
        [
            ToolExitCode.Ok, ToolExitCode.Usage, ToolExitCode.Validation, ToolExitCode.Unauthorized, ToolExitCode.NotFoundOrConflict,
            ToolExitCode.RetryLater, ToolExitCode.OutcomeUnknown, ToolExitCode.NoEligibleDevice, ToolExitCode.Incomplete, ToolExitCode.ApiError,
            ToolExitCode.Cancelled,
        ];

        codes.Should().OnlyHaveUniqueItems();
    }
}
