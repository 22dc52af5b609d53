using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Infrastructure;

/// <summary>One redis-server per test class; each test uses its own API key, so budgets never collide.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer? _server;
    private ConnectionMultiplexer? _connection;

    public RedisServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>Gets a connection for test assertions on the keys.</summary>
    public ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _server = await RedisServer.StartAsync();
        _connection = _server.Connect();
    }

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
