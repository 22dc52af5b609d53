// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using WireMock.Server;
using WireMock.Settings;

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>
/// The scripted HTTP server of the client tests: a WireMock.Net server on a free loopback port. One instance serves a
/// whole test class; each test takes its own <see cref="WireMockScope"/> (a unique path prefix), so tests never share
/// state. The two replies WireMock cannot give are on <see cref="KestrelStub"/>.
/// </summary>
public sealed class ScriptedServer : IAsyncLifetime
{
    private WireMockServer? _server;

    public Uri RootAddress => new(Server.Url!.TrimEnd('/') + "/");

    private WireMockServer Server => _server ?? throw new InvalidOperationException("The server is not started.");

    public Task InitializeAsync()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _server?.Stop();
        _server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Creates an isolated scope: its own base address, scripts and recorded requests.</summary>
    public WireMockScope CreateScope() => new(Server, "t" + Guid.NewGuid().ToString("N")[..12]);
}
