using System.Diagnostics;

namespace Insider.LiveActivity.Redis.Tests.Fleet;

/// <summary>One LoadHost process: started, told "go" once every process is ready, and read for its one result line.</summary>
public sealed class FleetProcess : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private FleetProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static FleetProcess Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(LoadHostPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new FleetProcess(Process.Start(start) ?? throw new InvalidOperationException("the load host did not start"));
    }

    public async Task WaitUntilReadyAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(Bound);
        line.Should().Be("ready", "the load host prints ready once its client is built (stderr: {0})", await StderrIfExitedAsync());
    }

    public Task GoAsync() => _process.StandardInput.WriteLineAsync("go");

    /// <summary>Reads "result offered=.. succeeded=.. ..." into a dictionary.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ResultAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(Bound);
        await _process.WaitForExitAsync().WaitAsync(Bound);
        line.Should().StartWith("result ", "stderr: {0}", await _stderr);
        return line!.Split(' ').Skip(1).Select(pair => pair.Split('=')).ToDictionary(kv => kv[0], kv => int.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The LoadHost build output next to this test project's (same configuration and framework).</summary>
    internal static string LoadHostPath()
    {
        var own = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var path = own.Replace("Insider.LiveActivity.Redis.Tests", "Insider.LiveActivity.Redis.LoadHost", StringComparison.Ordinal);
        var dll = Path.Combine(path, "Insider.LiveActivity.Redis.LoadHost.dll");
        File.Exists(dll).Should().BeTrue("the test project builds the load host ({0})", dll);
        return dll;
    }

    private async Task<string> StderrIfExitedAsync() => _process.HasExited ? await _stderr : "(running)";
}
