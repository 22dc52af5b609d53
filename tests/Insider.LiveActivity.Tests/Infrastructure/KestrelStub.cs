// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// A loopback Kestrel server for the replies WireMock.Net cannot give (see <see cref="KestrelScope"/>): a connection
/// dropped after the request was read, and a reply held on a gate the test releases. Everything else is scripted on
/// <see cref="ScriptedServer"/>. One instance serves a whole test class; each test takes its own scope (a unique path prefix).
/// </summary>
public sealed class KestrelStub : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, KestrelScope> _scopes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;

    public Uri RootAddress { get; private set; } = null!;

    internal CancellationToken Stopping => _stopping.Token;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.Run(HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        RootAddress = new Uri(address.TrimEnd('/') + "/");
        _app = app;
    }

    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var scope in _scopes.Values)
        {
            scope.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    /// <summary>Creates an isolated scope: its own base address, scripts and recorded requests.</summary>
    public KestrelScope CreateScope()
    {
        var id = "t" + Guid.NewGuid().ToString("N")[..12];
        var scope = new KestrelScope(this, new Uri(RootAddress, id + "/"));
        _scopes[id] = scope;
        return scope;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var slash = path.IndexOf('/', 1);
        var id = slash < 0 ? path[1..] : path[1..slash];
        if (!_scopes.TryGetValue(id, out var scope))
        {
            context.Response.StatusCode = 599;
            return;
        }

        await scope.HandleAsync(context, slash < 0 ? "/" : path[slash..]);
    }
}
