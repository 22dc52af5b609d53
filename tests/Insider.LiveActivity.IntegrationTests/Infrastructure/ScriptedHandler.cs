using System.Net;

namespace Insider.LiveActivity.IntegrationTests.Infrastructure;

/// <summary>An in-memory handler whose answer a delegate computes per request; it counts requests per path.</summary>
public sealed class ScriptedHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _requests;

    public int Requests => _requests;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken);
        }

        var number = Interlocked.Increment(ref _requests);
        var response = respond(request, number);
        response.RequestMessage = request;
        return response;
    }

    public static HttpResponseMessage Reply(HttpStatusCode status, byte[] body, string? mediaType)
    {
        var content = new ByteArrayContent(body);
        if (mediaType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        return new HttpResponseMessage(status) { Content = content };
    }
}
