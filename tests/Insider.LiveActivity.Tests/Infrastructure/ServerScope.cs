// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>One test's view of the <see cref="ScriptedServer"/>: scripted replies per endpoint and the requests received.</summary>
public sealed class ServerScope : IDisposable
{
    public const string ApiKey = "test-api-key-5f1c9a7e3b";

    private readonly object _gate = new();
    private readonly ScriptedServer _server;
    private readonly Dictionary<string, Queue<ScriptedReply>> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptedReply> _fallbacks = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private readonly List<HttpClient> _clients = [];

    internal ServerScope(ScriptedServer server, Uri baseAddress)
    {
        _server = server;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the base address to give the client (unique to this scope, with a trailing slash).</summary>
    public Uri BaseAddress { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Queues replies for an endpoint, answered in order.</summary>
    public ServerScope Enqueue(LiveActivityEndpoint endpoint, params ScriptedReply[] replies)
    {
        lock (_gate)
        {
            var path = Endpoints.PathOf(endpoint);
            if (!_queues.TryGetValue(path, out var queue))
            {
                _queues[path] = queue = new Queue<ScriptedReply>();
            }

            foreach (var reply in replies)
            {
                queue.Enqueue(reply);
            }
        }

        return this;
    }

    /// <summary>Sets the reply an endpoint gives once its queue is empty.</summary>
    public ServerScope Always(LiveActivityEndpoint endpoint, ScriptedReply reply)
    {
        lock (_gate)
        {
            _fallbacks[Endpoints.PathOf(endpoint)] = reply;
        }

        return this;
    }

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

    /// <summary>Completes once <paramref name="count"/> requests have arrived (fails after a generous guard, so a bug cannot hang the run).</summary>
    public Task WaitForRequestsAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

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
        lock (_gate)
        {
            _clients.Add(httpClient);
        }

        return httpClient;
    }

    public LiveActivityClient CreateClient(Action<LiveActivityOptions>? configure = null, ILogger? logger = null, TimeProvider? timeProvider = null) =>
        new(CreateHttpClient(), CreateOptions(configure), logger, timeProvider);

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            _clients.Clear();
        }
    }

    internal async Task HandleAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        ScriptedReply reply;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(context.Request.Method, path, headers, body));
            reply = _queues.TryGetValue(path, out var queue) && queue.Count > 0 ? queue.Dequeue()
                : _fallbacks.TryGetValue(path, out var fallback) ? fallback
                : ScriptedReply.Text(501, "unscripted " + path, "text/plain");
            foreach (var waiter in _waiters.Where(w => w.Count <= _requests.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        if (reply.Gate is { } gate)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _server.Stopping);
            try
            {
                await gate.WaitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                context.Abort();
                return;
            }
        }

        if (reply.DropConnection)
        {
            context.Abort();
            return;
        }

        // Never keep a connection alive: a dropped connection must never be a pooled one the client replays silently.
        context.Response.Headers.Connection = "close";
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body is not null)
        {
            context.Response.ContentType = reply.ContentType;
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
