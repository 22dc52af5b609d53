// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// One test's view of a scripted HTTP server: scripted replies per endpoint and the requests received, under a base
/// address of its own. <see cref="ScriptedServer"/> (WireMock.Net) serves every scripted reply; <see cref="KestrelStub"/>
/// only the two things WireMock cannot do (a connection dropped after the request was read, a reply held on a gate the test releases).
/// </summary>
public abstract class ServerScope : IDisposable
{
    public const string ApiKey = "test-api-key-5f1c9a7e3b";

    private readonly object _clientsGate = new();
    private readonly List<HttpClient> _clients = [];

    protected ServerScope(Uri baseAddress)
    {
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the base address to give the client (unique to this scope, with a trailing slash).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the requests received so far, in order of arrival, with paths relative to <see cref="BaseAddress"/>.</summary>
    public abstract IReadOnlyList<RecordedRequest> Requests { get; }

    /// <summary>Queues replies for an endpoint, answered in order.</summary>
    public abstract ServerScope Enqueue(LiveActivityEndpoint endpoint, params ScriptedReply[] replies);

    /// <summary>Sets the reply an endpoint gives once its queue is empty.</summary>
    public abstract ServerScope Always(LiveActivityEndpoint endpoint, ScriptedReply reply);

    /// <summary>Sets the same fallback reply on every endpoint.</summary>
    public ServerScope AlwaysEverywhere(ScriptedReply reply)
    {
        foreach (var endpoint in Endpoints.All)
        {
            Always(endpoint, reply);
        }

        return this;
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(LiveActivityEndpoint endpoint) =>
        Requests.Where(r => r.Path == Endpoints.PathOf(endpoint)).ToList();

    /// <summary>
    /// Creates options pointing at this scope: the test key, no backoff wait, and the client-side rate budget switched off
    /// (these tests measure the retry and error contract; the budget has its own tests in Insider.LiveActivity.IntegrationTests).
    /// </summary>
    public LiveActivityOptions CreateOptions(Action<LiveActivityOptions>? configure = null)
    {
        var options = new LiveActivityOptions { ApiKey = ApiKey, BaseAddress = BaseAddress };
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.RateLimit.Enabled = false;
        configure?.Invoke(options);
        return options;
    }

    public HttpClient CreateHttpClient()
    {
        var httpClient = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        lock (_clientsGate)
        {
            _clients.Add(httpClient);
        }

        return httpClient;
    }

    public LiveActivityClient CreateClient(Action<LiveActivityOptions>? configure = null, ILogger? logger = null, TimeProvider? timeProvider = null) =>
        new(CreateHttpClient(), CreateOptions(configure), logger, timeProvider);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        lock (_clientsGate)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            _clients.Clear();
        }
    }
}
