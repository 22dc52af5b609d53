// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using Microsoft.AspNetCore.Http;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// A <see cref="ServerScope"/> on the <see cref="KestrelStub"/>, for the replies WireMock.Net cannot give: a connection
/// dropped after the request was read (WireMock's faults still answer with a status line: EMPTY_RESPONSE is an empty 200,
/// MALFORMED_RESPONSE_CHUNK garbage after a 200), and a reply held on a gate the test releases (WireMock only delays by
/// wall time, and journals a request only once it has answered, so a test could not see a held request arrive).
/// </summary>
public sealed class KestrelScope : ServerScope
{
    private readonly object _gate = new();
    private readonly KestrelStub _server;
    private readonly Dictionary<string, Queue<ScriptedReply>> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptedReply> _fallbacks = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    internal KestrelScope(KestrelStub server, Uri baseAddress)
        : base(baseAddress)
    {
        _server = server;
    }

    public override IReadOnlyList<RecordedRequest> Requests
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
    public override KestrelScope Enqueue(LiveActivityEndpoint endpoint, params ScriptedReply[] replies)
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
    public override KestrelScope Always(LiveActivityEndpoint endpoint, ScriptedReply reply)
    {
        lock (_gate)
        {
            _fallbacks[Endpoints.PathOf(endpoint)] = reply;
        }

        return this;
    }

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
