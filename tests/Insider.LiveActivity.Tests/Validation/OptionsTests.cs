// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>The options' defaults and rules, and that a client reads them once.</summary>
public sealed class OptionsTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public void Options_New_HasDocumentedDefaults()
    {
        var sut = new LiveActivityOptions();

        sut.ApiKey.Should().BeEmpty();
        sut.BaseAddress.Should().Be(new Uri("https://live-activity.api.useinsider.com/"));
        sut.Timeout.Should().Be(TimeSpan.FromSeconds(30));
        sut.MaxInsiderIdsPerRequest.Should().Be(10_000);
        sut.MaxResponseBytes.Should().Be(1024 * 1024);
        sut.Retry.MaxRetries.Should().Be(4);
        sut.Retry.BaseDelay.Should().Be(TimeSpan.FromSeconds(1));
        sut.Retry.MaxDelay.Should().Be(TimeSpan.FromSeconds(30));
        sut.Retry.UseJitter.Should().BeTrue();
        sut.Retry.MaxRetryAfter.Should().Be(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Options_ToString_MasksApiKey()
    {
        var options = new LiveActivityOptions { ApiKey = "secret-key-123" };

        options.ToString().Should().NotContain("secret-key-123");
    }

    public static TheoryData<string, Action<LiveActivityOptions>> InvalidOptions => new()
    {
        { "ApiKey", o => o.ApiKey = "" },
        { "ApiKey", o => o.ApiKey = "   " },
        { "BaseAddress", o => o.BaseAddress = new Uri("http://live-activity.api.useinsider.com/") },
        { "BaseAddress", o => o.BaseAddress = new Uri("ftp://127.0.0.1/") },
        { "BaseAddress", o => o.BaseAddress = new Uri("relative/path", UriKind.Relative) },
        { "BaseAddress", o => o.BaseAddress = null! },
        { "Timeout", o => o.Timeout = TimeSpan.FromMilliseconds(9) },
        { "Timeout", o => o.Timeout = TimeSpan.Zero },
        { "MaxInsiderIdsPerRequest", o => o.MaxInsiderIdsPerRequest = 0 },
        { "MaxRetries", o => o.Retry.MaxRetries = -1 },
        { "BaseDelay", o => o.Retry.BaseDelay = TimeSpan.FromSeconds(-1) },
        { "MaxDelay", o => o.Retry.MaxDelay = TimeSpan.FromMilliseconds(500) },
        { "Retry", o => o.Retry = null! },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Client_InvalidOptions_ThrowsArgumentExceptionNamingOption(string option, Action<LiveActivityOptions> breakIt)
    {
        var options = new LiveActivityOptions { ApiKey = "key" };
        breakIt(options);

        var act = () => new LiveActivityClient(new HttpClient(), options);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain(option);
    }

    [Theory]
    [InlineData("https://live-activity.api.useinsider.com/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void Client_HttpsOrLoopbackAddress_IsAccepted(string baseAddress)
    {
        var options = new LiveActivityOptions { ApiKey = "key", BaseAddress = new Uri(baseAddress) };

        var act = () => new LiveActivityClient(new HttpClient(), options);

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(-1)]
    public void Client_TimeoutOfTenMillisecondsOrInfinite_IsAccepted(int milliseconds)
    {
        var options = new LiveActivityOptions { ApiKey = "key", Timeout = TimeSpan.FromMilliseconds(milliseconds) };

        var act = () => new LiveActivityClient(new HttpClient(), options);

        act.Should().NotThrow();
    }

    [Fact]
    public void Client_NullArguments_ThrowArgumentNullException()
    {
        var options = new LiveActivityOptions { ApiKey = "key" };

        ((Action)(() => new LiveActivityClient(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => new LiveActivityClient(null!, options))).Should().Throw<ArgumentNullException>();
        ((Action)(() => new LiveActivityClient(new HttpClient(), null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task Client_OptionsChangedAfterConstruction_KeepsFirstValues()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Empty(503));
        var options = scope.CreateOptions(o => o.Retry.MaxRetries = 0);
        var sut = new LiveActivityClient(scope.CreateHttpClient(), options);
        options.ApiKey = "changed-key";
        options.Retry.MaxRetries = 3;

        var act = () => sut.UpdateAsync(Endpoints.Update());

        await act.Should().ThrowExactlyAsync<LiveActivityServiceUnavailableException>();
        scope.Requests.Should().ContainSingle().Which.Header("X-Api-Key").Should().Be(ServerScope.ApiKey);
    }

    [Fact]
    public async Task Client_BaseAddressWithPathWithoutSlash_KeepsThePath()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var withoutSlash = new Uri(scope.BaseAddress.AbsoluteUri.TrimEnd('/'));
        var sut = scope.CreateClient(o => o.BaseAddress = withoutSlash);

        await sut.StartAsync(Endpoints.Start());

        scope.Requests.Should().ContainSingle().Which.Path.Should().Be("/api/v1/live-activity/start");
    }

    [Fact]
    public async Task Client_OwnHttpClient_WorksAndDisposes()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.End, Endpoints.Success(LiveActivityEndpoint.End));
        var sut = new LiveActivityClient(scope.CreateOptions());

        var result = await sut.EndAsync(Endpoints.End());
        sut.Dispose();

        result.SessionsTriggered.Should().Be(850);
        (await sut.Awaiting(c => c.EndAsync(Endpoints.End())).Should().ThrowAsync<LiveActivityException>())
            .Which.InnerException.Should().BeOfType<ObjectDisposedException>();
    }
}
