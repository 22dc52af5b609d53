// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tests.Content;

/// <summary>An encoded content state over Apple's 4,096 bytes is refused on the client (CONTENT_STATE_TOO_LARGE).</summary>
public sealed class ContentSizeLimitTests
{
    private const int Overhead = 11; // {"text":""}

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_Exactly4096Bytes_IsAccepted(string resolver)
    {
        var json = SwiftOptions.Encode(new TextState(new string('a', 4096 - Overhead)), resolver);

        System.Text.Encoding.UTF8.GetByteCount(json).Should().Be(4096);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_4097Bytes_ThrowsContentStateTooLarge(string resolver)
    {
        var act = () => SwiftOptions.Encode(new TextState(new string('a', 4097 - Overhead)), resolver);

        act.Should().Throw<LiveActivityValidationException>()
            .Where(e => e.ErrorCode == LiveActivityErrorCodes.ContentStateTooLarge && e.Message.Contains("4,097") && e.Attempts == 0 && !e.IsSafeToRetry);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_MultiByteCharacters_CountAsTheBytesSent(string resolver)
    {
        // 700 check marks: 2,100 bytes as raw UTF-8, but the client sends each as the 6-byte escape \u2713 (4,211 bytes in all).
        var act = () => SwiftOptions.Encode(new TextState(new string('\u2713', 700)), resolver);

        act.Should().Throw<LiveActivityValidationException>().Where(e => e.ErrorCode == LiveActivityErrorCodes.ContentStateTooLarge);
    }

    [Fact]
    public void ErrorCode_ContentStateTooLarge_HasItsDocumentedValue()
    {
        LiveActivityErrorCodes.ContentStateTooLarge.Should().Be("CONTENT_STATE_TOO_LARGE");
    }
}
