// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>An <see cref="HttpMessageHandler"/> that calls the engine directly, without a socket.</summary>
internal sealed class InMemoryEmulatorHandler(EmulatorEngine engine) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var apiKey = request.Headers.TryGetValues("X-Api-Key", out var values) ? string.Join(",", values) : null;
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? "/";
        var contentType = request.Content?.Headers.ContentType?.ToString();

        var response = await engine.HandleAsync(new EmulatorRequest(request.Method.Method, path, apiKey, contentType, body), cancellationToken).ConfigureAwait(false);
        if (response.Drop)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded,
                "The Live Activity emulator dropped the connection.",
                new IOException("The connection was aborted by the emulator."));
        }

        var message = new HttpResponseMessage((System.Net.HttpStatusCode)response.Status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(response.Body),
        };
        if (response.ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
        }

        foreach (var (name, value) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
