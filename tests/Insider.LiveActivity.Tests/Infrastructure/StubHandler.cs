// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Text;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// An in-process <see cref="HttpMessageHandler"/> whose every exchange is a delegate, for the rules that need an event at an
/// exact point of an attempt (the clock moving or the caller cancelling while the request is in flight), which a real
/// server cannot time deterministically.
/// </summary>
public sealed class StubHandler(Func<int, HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send) : HttpMessageHandler
{
    private int _calls;

    /// <summary>Gets the number of requests sent so far.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public static HttpResponseMessage Json(int status, string body) =>
        new((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>Creates a client on this handler with the scripted-server defaults (test key, no backoff wait, no rate budget).</summary>
    public LiveActivityClient CreateClient(Action<LiveActivityOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var options = new LiveActivityOptions { ApiKey = ServerScope.ApiKey, BaseAddress = new Uri("https://stub.invalid/") };
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.RateLimit.Enabled = false;
        configure?.Invoke(options);
        return new LiveActivityClient(new HttpClient(this) { Timeout = Timeout.InfiniteTimeSpan }, options, null, timeProvider);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        send(Interlocked.Increment(ref _calls), request, cancellationToken);
}
