// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insider.LiveActivity.Tests;

/// <summary>Both <c>AddInsiderLiveActivity</c> overloads, the returned builder, and validation of options at start-up.</summary>
public sealed class DependencyInjectionTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    [Fact]
    public async Task AddInsiderLiveActivity_Delegate_ResolvesWorkingClient()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.Start, Endpoints.Success(LiveActivityEndpoint.Start));
        var services = new ServiceCollection();
        services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = ServerScope.ApiKey;
            o.BaseAddress = scope.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();

        var sut = provider.GetRequiredService<ILiveActivityClient>();
        var result = await sut.StartAsync(Endpoints.Start());

        result.SessionsTriggered.Should().Be(850);
        scope.Requests.Single().Header("X-Api-Key").Should().Be(ServerScope.ApiKey);
    }

    [Fact]
    public async Task AddInsiderLiveActivity_Configuration_BindsEveryOption()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Empty(503));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Insider:LiveActivity:ApiKey"] = ServerScope.ApiKey,
            ["Insider:LiveActivity:BaseAddress"] = scope.BaseAddress.ToString(),
            ["Insider:LiveActivity:Timeout"] = "00:00:05",
            ["Insider:LiveActivity:MaxInsiderIdsPerRequest"] = "500",
            ["Insider:LiveActivity:Retry:MaxRetries"] = "1",
            ["Insider:LiveActivity:Retry:BaseDelay"] = "00:00:00",
            ["Insider:LiveActivity:Retry:UseJitter"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddInsiderLiveActivity(configuration.GetSection("Insider:LiveActivity"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LiveActivityOptions>>().Value;
        var act = () => provider.GetRequiredService<ILiveActivityClient>().UpdateAsync(Endpoints.Update());

        options.Timeout.Should().Be(TimeSpan.FromSeconds(5));
        options.MaxInsiderIdsPerRequest.Should().Be(500);
        options.Retry.UseJitter.Should().BeFalse();
        (await act.Should().ThrowExactlyAsync<LiveActivityServiceUnavailableException>()).Which.Attempts.Should().Be(2);
        scope.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task AddInsiderLiveActivity_ReturnedBuilder_AcceptsCallerHandlers()
    {
        var scope = server.CreateScope().Enqueue(LiveActivityEndpoint.End, Endpoints.Success(LiveActivityEndpoint.End));
        var seen = new List<Uri?>();
        var services = new ServiceCollection();
        services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = ServerScope.ApiKey;
            o.BaseAddress = scope.BaseAddress;
        }).AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ILiveActivityClient>().EndAsync(Endpoints.End());

        seen.Should().ContainSingle().Which!.AbsolutePath.Should().EndWith("/api/v1/live-activity/end");
    }

    [Fact]
    public async Task AddInsiderLiveActivity_RegisteredTimeProviderAndLogger_AreUsed()
    {
        var now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var logs = new CapturingLoggerProvider();
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Error(404, "PROFILE_NOT_FOUND"));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        services.AddLogging(b => b.AddProvider(logs));
        services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = ServerScope.ApiKey;
            o.BaseAddress = scope.BaseAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var sut = provider.GetRequiredService<ILiveActivityClient>();

        var act = () => sut.RegisterAsync(Endpoints.Register(now));

        await act.Should().ThrowExactlyAsync<LiveActivityException>();
        logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && Equals(e["ErrorCode"], "PROFILE_NOT_FOUND"));
    }

    [Theory]
    [InlineData("", "https://live-activity.api.useinsider.com/", "ApiKey")]
    [InlineData("key", "http://live-activity.api.useinsider.com/", "BaseAddress")]
    [InlineData("key", "/relative/", "BaseAddress")]
    public async Task AddInsiderLiveActivity_InvalidOptions_HostStartFailsNamingOption(string apiKey, string baseAddress, string option)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = apiKey;
            o.BaseAddress = new Uri(baseAddress, UriKind.RelativeOrAbsolute);
        });
        using var host = builder.Build();

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(option);
    }

    [Theory]
    [InlineData("Timeout", "00:00:00.005")]
    [InlineData("Retry:MaxRetries", "-1")]
    [InlineData("MaxInsiderIdsPerRequest", "0")]
    public async Task AddInsiderLiveActivity_InvalidConfigurationValue_ResolvingOptionsNamesIt(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ApiKey"] = "key",
            [key] = value,
        }).Build();
        var services = new ServiceCollection();
        services.AddInsiderLiveActivity(configuration);
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<LiveActivityOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(key.Split(':')[^1]);
    }

    [Fact]
    public async Task AddInsiderLiveActivity_ValidOptions_HostStarts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddInsiderLiveActivity(o => o.ApiKey = "key");
        using var host = builder.Build();

        await host.StartAsync();

        host.Services.GetRequiredService<ILiveActivityClient>().Should().BeOfType<LiveActivityClient>();
        await host.StopAsync();
    }

    [Fact]
    public void AddInsiderLiveActivity_NullArguments_ThrowArgumentNullException()
    {
        var services = new ServiceCollection();

        ((Action)(() => LiveActivityServiceCollectionExtensions.AddInsiderLiveActivity(null!, o => { }))).Should().Throw<ArgumentNullException>();
        ((Action)(() => services.AddInsiderLiveActivity((Action<LiveActivityOptions>)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => services.AddInsiderLiveActivity((IConfiguration)null!))).Should().Throw<ArgumentNullException>();
    }

    private sealed class RecordingHandler(List<Uri?> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.RequestUri);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
