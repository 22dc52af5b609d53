// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Options;

namespace Insider.LiveActivity.Tests;

/// <summary>
/// Every option bound, from both sides: the last accepted value passes and the first rejected one fails with a message
/// that names the option, says what is allowed and shows the value it got. All failures are reported together.
/// </summary>
public sealed class OptionsRulesTests
{
    public static TheoryData<string, Action<LiveActivityOptions>> AcceptedAtTheBound => new()
    {
        { "Timeout 10 ms", o => o.Timeout = TimeSpan.FromMilliseconds(10) },
        { "Timeout 1 day", o => o.Timeout = TimeSpan.FromDays(1) },
        { "MaxInsiderIdsPerRequest 1", o => o.MaxInsiderIdsPerRequest = 1 },
        { "SegmentConcurrency 1", o => o.SegmentConcurrency = 1 },
        { "SegmentConcurrency 64", o => o.SegmentConcurrency = 64 },
        { "MaxResponseBytes 1024", o => o.MaxResponseBytes = 1024 },
        { "RateLimit.PermitLimit 1", o => o.RateLimit.PermitLimit = 1 },
        { "RateLimit.Window 10 ms", o => o.RateLimit.Window = TimeSpan.FromMilliseconds(10) },
        { "RateLimit.Window 1 day", o => o.RateLimit.Window = TimeSpan.FromDays(1) },
        { "RateLimit.QueueLimit 0", o => o.RateLimit.QueueLimit = 0 },
        { "RateLimit off ignores its values", o => { o.RateLimit.Enabled = false; o.RateLimit.PermitLimit = 0; o.RateLimit.Window = TimeSpan.Zero; o.RateLimit.QueueLimit = -1; } },
        { "Retry.MaxRetries 0", o => o.Retry.MaxRetries = 0 },
        { "Retry.MaxRetries 100", o => o.Retry.MaxRetries = 100 },
        { "Retry.BaseDelay 0", o => { o.Retry.BaseDelay = TimeSpan.Zero; } },
        { "Retry.BaseDelay 1 day", o => { o.Retry.BaseDelay = TimeSpan.FromDays(1); o.Retry.MaxDelay = TimeSpan.FromDays(1); } },
        { "Retry.MaxDelay = BaseDelay", o => { o.Retry.BaseDelay = TimeSpan.FromSeconds(2); o.Retry.MaxDelay = TimeSpan.FromSeconds(2); } },
        { "Retry.MaxRetryAfter 0", o => o.Retry.MaxRetryAfter = TimeSpan.Zero },
        { "Retry.MaxRetryAfter 1 day", o => o.Retry.MaxRetryAfter = TimeSpan.FromDays(1) },
        { "https on a remote host", o => o.BaseAddress = new Uri("https://example.com/") },
    };

    public static TheoryData<string, string, Action<LiveActivityOptions>> RejectedJustBeyondTheBound => new()
    {
        { "LiveActivityOptions.Timeout", "between 10 ms and one day", o => o.Timeout = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "LiveActivityOptions.Timeout", "Timeout.InfiniteTimeSpan", o => o.Timeout = TimeSpan.FromMilliseconds(-2) },
        { "LiveActivityOptions.MaxInsiderIdsPerRequest", "at least 1", o => o.MaxInsiderIdsPerRequest = 0 },
        { "LiveActivityOptions.SegmentConcurrency", "between 1 and 64", o => o.SegmentConcurrency = 0 },
        { "LiveActivityOptions.SegmentConcurrency", "between 1 and 64", o => o.SegmentConcurrency = 65 },
        { "LiveActivityOptions.MaxResponseBytes", "at least 1024", o => o.MaxResponseBytes = 1023 },
        { "LiveActivityOptions.RateLimit.PermitLimit", "at least 1", o => o.RateLimit.PermitLimit = 0 },
        { "LiveActivityOptions.RateLimit.Window", "between 10 ms and one day", o => o.RateLimit.Window = TimeSpan.FromMilliseconds(9) },
        { "LiveActivityOptions.RateLimit.Window", "between 10 ms and one day", o => o.RateLimit.Window = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "LiveActivityOptions.RateLimit.QueueLimit", "must not be negative", o => o.RateLimit.QueueLimit = -1 },
        { "LiveActivityOptions.RateLimit", "RateLimit.Enabled = false", o => o.RateLimit = null! },
        { "LiveActivityOptions.Retry.MaxRetries", "between 0 and 100", o => o.Retry.MaxRetries = 101 },
        { "LiveActivityOptions.Retry.BaseDelay", "between zero and one day", o => o.Retry.BaseDelay = TimeSpan.FromTicks(-1) },
        { "LiveActivityOptions.Retry.BaseDelay", "between zero and one day", o => { o.Retry.BaseDelay = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1); o.Retry.MaxDelay = TimeSpan.FromDays(1); } },
        { "LiveActivityOptions.Retry.MaxDelay", "at least BaseDelay", o => { o.Retry.BaseDelay = TimeSpan.FromSeconds(2); o.Retry.MaxDelay = TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1); } },
        { "LiveActivityOptions.Retry.MaxDelay", "at most one day", o => o.Retry.MaxDelay = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "LiveActivityOptions.Retry.MaxRetryAfter", "between zero and one day", o => o.Retry.MaxRetryAfter = TimeSpan.FromTicks(-1) },
        { "LiveActivityOptions.Retry.MaxRetryAfter", "between zero and one day", o => o.Retry.MaxRetryAfter = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "LiveActivityOptions.ApiKey", "renewed for Live Activities", o => o.ApiKey = null! },
        { "LiveActivityOptions.BaseAddress", "must be an absolute URI", o => o.BaseAddress = new Uri("/relative", UriKind.Relative) },
        { "LiveActivityOptions.BaseAddress", "unless it is a loopback address", o => o.BaseAddress = new Uri("http://example.com/") },
        { "LiveActivityOptions.BaseAddress", "unless it is a loopback address", o => o.BaseAddress = new Uri("ftp://127.0.0.1/") },
    };

    [Theory]
    [MemberData(nameof(AcceptedAtTheBound))]
    public void ValueAtTheBound_IsAccepted(string because, Action<LiveActivityOptions> configure)
    {
        var options = Valid();
        configure(options);

        new LiveActivityOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue(because);
    }

    [Theory]
    [MemberData(nameof(RejectedJustBeyondTheBound))]
    public void ValueJustBeyondTheBound_FailsWithAMessageNamingTheOptionAndTheRule(string option, string rule, Action<LiveActivityOptions> configure)
    {
        var options = Valid();
        configure(options);

        var result = new LiveActivityOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.Failures.Should().Contain(f => f.StartsWith(option + " ", StringComparison.Ordinal) && f.Contains(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void RejectedValue_IsShownInTheMessage()
    {
        var options = Valid();
        options.SegmentConcurrency = 65;
        options.Retry.MaxRetries = 101;

        var failures = new LiveActivityOptionsValidator().Validate(null, options).Failures;

        failures.Should().Contain(f => f.Contains("(got 65)")).And.Contain(f => f.Contains("(got 101)"));
    }

    [Fact]
    public void EveryBrokenOption_IsReported_InOneException()
    {
        var options = Valid();
        options.ApiKey = " ";
        options.MaxResponseBytes = 10;
        options.Retry = null!;

        var act = () => new LiveActivityClient(new HttpClient(), options);

        var error = act.Should().Throw<ArgumentException>().Which;
        error.ParamName.Should().Be("options");
        error.Message.Should().Contain("ApiKey").And.Contain("MaxResponseBytes").And.Contain("LiveActivityOptions.Retry is required");
    }

    [Fact]
    public void ValidOptions_PassTheStartUpCheck()
    {
        var result = new LiveActivityOptionsValidator().Validate(Options.DefaultName, Valid());

        result.Should().BeSameAs(ValidateOptionsResult.Success);
    }

    [Fact]
    public void ApiKey_NeverAppearsInAFailure()
    {
        var options = Valid();
        options.ApiKey = "secret-key-123";
        options.BaseAddress = new Uri("http://example.com/");
        options.Timeout = TimeSpan.Zero;

        var failures = new LiveActivityOptionsValidator().Validate(null, options).Failures;

        failures.Should().HaveCount(2).And.OnlyContain(f => !f.Contains("secret-key-123"));
    }

    private static LiveActivityOptions Valid() => new() { ApiKey = "key", BaseAddress = new Uri("https://live-activity.api.useinsider.com/") };
}
