// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.Tool.Composition;

/// <summary>What the commands take from outside the command line: environment variables and, in tests, a hook on the emulator.</summary>
internal sealed class ToolEnvironment
{
    /// <summary>The variable that holds the API key (never a command-line value, which would land in shell history).</summary>
    public const string ApiKeyVariable = "INSIDER_API_KEY";

    /// <summary>The variable that holds the base address when <c>--base-address</c> is not given.</summary>
    public const string BaseAddressVariable = "INSIDER_BASE_ADDRESS";

    public ToolEnvironment(Func<string, string?> getVariable, Action<LiveActivityEmulator>? emulatorStarted = null)
    {
        GetVariable = getVariable;
        EmulatorStarted = emulatorStarted;
    }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public Func<string, string?> GetVariable { get; }

    /// <summary>Called once the <c>emulator</c> command's server listens (tests use it to talk to it, then cancel).</summary>
    public Action<LiveActivityEmulator>? EmulatorStarted { get; }

    /// <summary>The process's own environment.</summary>
    public static ToolEnvironment FromProcess() => new(Environment.GetEnvironmentVariable);
}
