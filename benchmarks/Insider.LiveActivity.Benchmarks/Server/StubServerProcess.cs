// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;

namespace Insider.LiveActivity.Benchmarks.Server;

/// <summary>
/// Runs <see cref="StubApiServer"/> in a child process (this executable with <c>--server</c>), so the server's CPU
/// and allocations stay out of the measured process. The child exits when its standard input closes.
/// </summary>
internal sealed class StubServerProcess : IDisposable
{
    public const string ServerArgument = "--server";
    private const string ReadyPrefix = "LISTENING ";

    private readonly Process _process;

    private StubServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static StubServerProcess Start()
    {
        var processPath = Environment.ProcessPath!;
        var info = new ProcessStartInfo(processPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            // Started as "dotnet Insider.LiveActivity.Benchmarks.dll": the child needs the assembly path too.
            info.ArgumentList.Add(typeof(StubServerProcess).Assembly.Location);
        }

        info.ArgumentList.Add(ServerArgument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the stub server process.");
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                return new StubServerProcess(process, new Uri(line[ReadyPrefix.Length..]));
            }
        }

        throw new InvalidOperationException("The stub server process exited before it listened.");
    }

    /// <summary>The body of <c>--server</c>: start, announce the address, serve until standard input closes.</summary>
    public static async Task<int> RunServerAsync()
    {
        await using var server = await StubApiServer.StartAsync();
        Console.WriteLine(ReadyPrefix + server.BaseAddress);
        Console.Out.Flush();
        await Task.Run(() => Console.In.ReadToEnd());
        return 0;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5_000))
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }
}
