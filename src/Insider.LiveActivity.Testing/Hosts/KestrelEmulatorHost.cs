// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity.Testing;

/// <summary>Serves the engine over a real loopback socket with Kestrel.</summary>
internal sealed class KestrelEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelEmulatorHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<KestrelEmulatorHost> StartAsync(EmulatorEngine engine, LiveActivityEmulatorOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggerFactory)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        var app = builder.Build();
        app.Run(context => ServeAsync(engine, context));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelEmulatorHost(app, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task ServeAsync(EmulatorEngine engine, HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var apiKey = context.Request.Headers.TryGetValue("X-Api-Key", out var values) ? values.ToString() : null;
        var request = new EmulatorRequest(context.Request.Method, context.Request.Path.Value ?? "/", apiKey, context.Request.ContentType, buffer.ToArray());

        var response = await engine.HandleAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (response.Drop)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.Status;
        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentLength = response.Body.Length;
        if (response.Body.Length > 0)
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
