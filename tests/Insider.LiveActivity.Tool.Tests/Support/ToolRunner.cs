// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Testing;
using Insider.LiveActivity.Tool.Composition;
using Spectre.Console.Testing;

namespace Insider.LiveActivity.Tool.Tests.Support;

/// <summary>Runs the tool's command tree in-process on a <see cref="TestConsole"/> with a made-up environment.</summary>
internal sealed class ToolRunner
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    /// <summary>A runner whose INSIDER_API_KEY is the emulator's key.</summary>
    public static ToolRunner For(LiveActivityEmulator emulator) => new ToolRunner().WithVariable(ToolEnvironment.ApiKeyVariable, emulator.ApiKey);

    public ToolRunner WithVariable(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    public ToolRunner WithoutVariable(string name)
    {
        _variables.Remove(name);
        return this;
    }

    /// <summary>Called by the <c>emulator</c> command once its server listens.</summary>
    public Action<LiveActivityEmulator>? EmulatorStarted { get; set; }

    /// <summary>When true, the console claims to be interactive (a terminal), as a real one does.</summary>
    public bool Interactive { get; set; }

    public async Task<ToolRun> RunAsync(params string[] args) => await RunAsync(CancellationToken.None, args);

    public async Task<ToolRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var console = new TestConsole().Width(400);
        console.Profile.Capabilities.Interactive = Interactive;
        var environment = new ToolEnvironment(name => _variables.GetValueOrDefault(name), EmulatorStarted);
        var exitCode = await ToolApp.Create(console, environment).RunAsync(args, cancellationToken);
        return new ToolRun(exitCode, console.Output);
    }
}
