// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Insider.LiveActivity.Tests;

/// <summary>The API key never appears in an exception's message or ToString(), the options' text, or any log line.</summary>
public sealed class SecretHygieneTests(ScriptedServer server, KestrelStub kestrel) : IClassFixture<ScriptedServer>, IClassFixture<KestrelStub>
{
    private const string Key = ServerScope.ApiKey;

    public static TheoryData<LiveActivityEndpoint, int> FailuresByEndpoint
    {
        get
        {
            var data = new TheoryData<LiveActivityEndpoint, int>();
            foreach (var endpoint in Endpoints.All)
            {
                for (var i = 0; i < Failures.Length; i++)
                {
                    data.Add(endpoint, i);
                }
            }

            return data;
        }
    }

    private static ScriptedReply[] Failures =>
    [
        ScriptedReply.Empty(401),
        ScriptedReply.Empty(429),
        ScriptedReply.Empty(503),
        ScriptedReply.Error(400, "VALIDATION_FAILED"),
        ScriptedReply.Error(403, "LIVE_ACTIVITY_DISABLED"),
        ScriptedReply.Error(404, "NOT_FOUND"),
        ScriptedReply.Error(412, "PUSH_TOKEN_NOT_SYNCED"),
        ScriptedReply.Json(422, """{"error":"none","code":"NO_ELIGIBLE_DEVICE","skipped":{"user_not_found":3}}"""),
        ScriptedReply.Text(502, "<html>Bad Gateway</html>", "text/html"),
        ScriptedReply.Text(200, "<html>proxy login</html>", "text/html"),
        ScriptedReply.Drop(),
    ];

    [Theory]
    [MemberData(nameof(FailuresByEndpoint))]
    public async Task AnyFailure_ExceptionAndLogs_NeverContainApiKey(LiveActivityEndpoint endpoint, int failure)
    {
        var logs = new FakeLogger();
        var reply = Failures[failure];
        ServerScope scope = reply.DropConnection ? kestrel.CreateScope().Always(endpoint, reply) : server.CreateScope().Always(endpoint, reply);
        var sut = scope.CreateClient(o => o.Retry.MaxRetries = 1, logs);

        var act = () => Endpoints.InvokeAsync(sut, endpoint);

        var error = (await act.Should().ThrowAsync<LiveActivityException>()).Which;
        AssertClean(error);
        logs.Collector.GetSnapshot().Should().NotBeEmpty();
        logs.Collector.GetSnapshot().Should().OnlyContain(e => !e.AllText().Contains(Key));
    }

    [Fact]
    public async Task ValidationFailure_Exception_NeverContainsApiKey()
    {
        var scope = server.CreateScope();
        var sut = scope.CreateClient();

        var act = () => sut.StartAsync(Endpoints.Start() with { ActivityId = " " });

        AssertClean((await act.Should().ThrowAsync<LiveActivityValidationException>()).Which);
    }

    [Fact]
    public async Task Timeout_ExceptionAndLogs_NeverContainApiKey()
    {
        var time = new FakeTimeProvider();
        var logs = new FakeLogger();
        var never = new TaskCompletionSource();
        var scope = kestrel.CreateScope().Always(LiveActivityEndpoint.Start, ScriptedReply.Held(never.Task));
        var sut = scope.CreateClient(o => o.Timeout = TimeSpan.FromSeconds(1), logs, time);

        var call = sut.StartAsync(Endpoints.Start());
        await scope.WaitForRequestsAsync(1);
        time.Advance(TimeSpan.FromSeconds(1));

        AssertClean((await call.Awaiting(c => c).Should().ThrowAsync<LiveActivityOutcomeUnknownException>()).Which);
        logs.Collector.GetSnapshot().Should().OnlyContain(e => !e.AllText().Contains(Key));
    }

    [Fact]
    public async Task ServerEchoingTheKey_Exception_StillNeverContainsApiKey()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Register, ScriptedReply.Error(400, "PARTNER_REQUIRED", $"api key {Key} is not bound to a partner"));
        var logs = new FakeLogger();
        var sut = scope.CreateClient(logger: logs);

        var act = () => sut.RegisterAsync(Endpoints.Register());

        AssertClean((await act.Should().ThrowAsync<LiveActivityException>()).Which);
        logs.Collector.GetSnapshot().Should().OnlyContain(e => !e.AllText().Contains(Key));
    }

    [Fact]
    public void Options_ToString_NeverContainsApiKey()
    {
        var options = new LiveActivityOptions { ApiKey = Key };

        var text = options.ToString();

        text.Should().NotContain(Key).And.Contain("***");
    }

    [Fact]
    public void InvalidOptions_Messages_NeverContainApiKey()
    {
        var options = new LiveActivityOptions { ApiKey = Key, BaseAddress = new Uri("http://example.com/"), Timeout = TimeSpan.Zero };
        var services = new ServiceCollection();
        services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = options.BaseAddress;
        });
        using var provider = services.BuildServiceProvider();

        var construct = () => new LiveActivityClient(new HttpClient(), options);
        var resolve = () => provider.GetRequiredService<IOptions<LiveActivityOptions>>().Value;

        construct.Should().Throw<ArgumentException>().Which.ToString().Should().NotContain(Key);
        resolve.Should().Throw<OptionsValidationException>().Which.ToString().Should().NotContain(Key);
    }

    [Fact]
    public async Task HttpClientFactoryTraceLogging_HeaderIsRedacted()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Empty(503));
        var logs = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = scope.BaseAddress;
            o.Retry.BaseDelay = TimeSpan.Zero;
            o.Retry.MaxRetries = 1;
        }).AddDefaultLogger();
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ILiveActivityClient>().UpdateAsync(Endpoints.Update());

        await act.Should().ThrowAsync<LiveActivityServiceUnavailableException>();
        // The factory logs request headers at trace level once re-added. Its header entries carry the raw header values in their
        // structured state (RedactLoggedHeaders redacts only the rendered line), so the client adds X-Api-Key below every
        // handler the factory adds (ApiKeyHeaderHandler wraps the primary handler): no entry, rendered or structured, holds the key.
        var entries = logs.Collector.GetSnapshot();
        entries.Should().Contain(e => e.Message.StartsWith("Request Headers:", StringComparison.Ordinal), "the factory's trace logging is on");
        entries.Should().OnlyContain(e => !e.AllText().Contains(Key));
    }

    [Fact]
    public async Task HttpClientFactoryLogging_ByDefault_IsRemoved()
    {
        var scope = server.CreateScope().Always(LiveActivityEndpoint.Update, ScriptedReply.Empty(503));
        var logs = new FakeLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddInsiderLiveActivity(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = scope.BaseAddress;
            o.Retry.MaxRetries = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ILiveActivityClient>().UpdateAsync(Endpoints.Update());

        await act.Should().ThrowAsync<LiveActivityServiceUnavailableException>();
        logs.Collector.GetSnapshot().Should().NotContain(e => (e.Category ?? string.Empty).StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        logs.Collector.GetSnapshot().Should().OnlyContain(e => !e.AllText().Contains(Key));
    }

    private static void AssertClean(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            e.Message.Should().NotContain(Key);
        }

        error.ToString().Should().NotContain(Key);
    }
}
