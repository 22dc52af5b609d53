// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Server;

/// <summary>
/// Finds the stub server for a benchmark process: the one the host started (its address is in
/// <see cref="EnvironmentVariable"/>, inherited by BenchmarkDotNet's child processes), or else one started in this process.
/// </summary>
internal static class StubServerLocator
{
    public const string EnvironmentVariable = "INSIDER_LIVEACTIVITY_BENCH_SERVER";

    private static readonly Lazy<Uri> Address = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Uri BaseAddress => Address.Value;

    public static Uri LargeBaseAddress => new(BaseAddress, StubResponses.LargePrefix.TrimStart('/') + "/");

    private static Uri Resolve()
    {
        var fromHost = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromHost))
        {
            return new Uri(fromHost);
        }

        Console.Error.WriteLine("// No host server address: starting the stub server in this process (its allocations will be counted).");
        return StubApiServer.StartAsync().GetAwaiter().GetResult().BaseAddress;
    }
}
