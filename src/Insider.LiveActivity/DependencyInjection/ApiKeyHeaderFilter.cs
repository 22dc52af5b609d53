// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Insider.LiveActivity;

/// <summary>
/// Wraps the primary handler of the client registered by <c>AddInsiderLiveActivity</c> in an <see cref="ApiKeyHeaderHandler"/>,
/// after every other configuration (a primary handler set by <c>UseEmulator</c> or the application included): the key is
/// added below every additional handler, logging handlers included.
/// </summary>
internal sealed class ApiKeyHeaderFilter(IOptions<LiveActivityOptions> options) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (string.Equals(builder.Name, LiveActivityServiceCollectionExtensions.HttpClientName, StringComparison.Ordinal))
        {
            builder.PrimaryHandler = new ApiKeyHeaderHandler(options.Value.ApiKey) { InnerHandler = builder.PrimaryHandler };
        }
    };
}
