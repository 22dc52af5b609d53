// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Adds the <c>X-Api-Key</c> header as the innermost step of a DI-registered client, wrapped around the primary handler, so
/// that no handler above it (IHttpClientFactory's own logging included, whose structured state carries raw header values)
/// ever sees the key.
/// </summary>
internal sealed class ApiKeyHeaderHandler(string apiKey) : DelegatingHandler
{
    internal const string HeaderName = "X-Api-Key";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        request.Headers.TryAddWithoutValidation(HeaderName, apiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
