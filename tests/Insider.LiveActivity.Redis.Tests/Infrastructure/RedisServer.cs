using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Infrastructure;

/// <summary>
/// A real redis-server started for the tests: a free loopback port, a temporary directory, no persistence (or AOF when asked),
/// stopped and deleted on dispose. A missing redis-server fails the test (CI installs it), never skips it.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ProcessStartInfo _start;
    private Process _process;

    private RedisServer(Process process, ProcessStartInfo start, string directory, int port)
    {
        _process = process;
        _start = start;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(bool appendOnly = false, string appendFsync = "everysec")
    {
        var executable = FindOnPath("redis-server")
            ?? throw new InvalidOperationException("redis-server is not on PATH: install it (apt-get install -y redis-server); .ci/run does so in CI.");
        var directory = Directory.CreateTempSubdirectory("la-redis-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory,
            "--save", string.Empty, "--appendonly", appendOnly ? "yes" : "no", "--appendfsync", appendFsync, "--daemonize", "no", "--protected-mode", "yes",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new RedisServer(Launch(start), start, directory, port);
        try
        {
            await server.WaitForPingAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Connects a multiplexer that fails fast while the server is down (as <c>UseRedisRateLimiter(string)</c> does).</summary>
    public ConnectionMultiplexer Connect()
    {
        var options = ConfigurationOptions.Parse(Configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2_000;
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>Kills the server (SIGKILL: a crash, no shutdown save); <see cref="RestartAsync"/> starts it again on the same port and directory.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the killed server again on the same port and directory (it reloads its AOF when started with appendOnly).</summary>
    public async Task RestartAsync()
    {
        _process.Dispose();
        _process = Launch(_start);
        await WaitForPingAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static Process Launch(ProcessStartInfo start)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Polls PING (bounded: 200 tries 25 ms apart) until the server answers.</summary>
    private async Task WaitForPingAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (read >= 5 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(25);
        }

        throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within 5 s");
    }
}
