using System.Collections.Concurrent;
using System.Diagnostics;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>One LoadHost process in "orchestrate" mode: its stdout read line by line in the background, so a test can wait for a line.</summary>
public sealed class OrchestratorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Task _reader;
    private readonly Task<string> _stderr;

    private OrchestratorProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
        _reader = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                _lines.Enqueue(line);
            }
        });
    }

    public IReadOnlyCollection<string> Lines => _lines;

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public static OrchestratorProcess Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FleetProcess.LoadHostPath());
        start.ArgumentList.Add("--mode");
        start.ArgumentList.Add("orchestrate");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new OrchestratorProcess(Process.Start(start) ?? throw new InvalidOperationException("the load host did not start"));
    }

    /// <summary>Waits (bounded, polling the lines read so far) until the process printed <paramref name="line"/>.</summary>
    public async Task WaitForLineAsync(string line, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!_lines.Contains(line))
        {
            if (_process.HasExited && _reader.IsCompleted && !_lines.Contains(line))
            {
                throw new InvalidOperationException($"the process exited ({_process.ExitCode}) before printing '{line}': {await _stderr}");
            }

            DateTime.UtcNow.Should().BeBefore(deadline, "the process prints '{0}' (stderr so far is shown on exit)", line);
            await Task.Delay(20);
        }
    }

    public Task SendAsync(string line) => _process.StandardInput.WriteLineAsync(line);

    /// <summary>Kills the process with SIGKILL: no graceful stop, no lease released, nothing flushed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async Task StopAsync(TimeSpan bound)
    {
        await SendAsync("stop");
        await _process.WaitForExitAsync().WaitAsync(bound);
        _process.ExitCode.Should().Be(0, "stderr: {0}", await _stderr);
        await _reader.WaitAsync(bound);
    }

    public async Task<string> StderrAsync() => _process.HasExited ? await _stderr : "(running)";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
