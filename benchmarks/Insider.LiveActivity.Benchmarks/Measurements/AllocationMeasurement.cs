// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Server;

namespace Insider.LiveActivity.Benchmarks.Measurements;

/// <summary>
/// <c>-- --alloc</c>: a quick check (seconds, not minutes) of the bytes allocated per sequential call for each endpoint,
/// SDK against the floor, from <see cref="GC.GetTotalAllocatedBytes(bool)"/> over 3,000 calls after 300 warm-up calls.
/// The numbers match BenchmarkDotNet's Allocated column to within a few bytes; use it while iterating on the SDK.
/// </summary>
internal static class AllocationMeasurement
{
    private const int WarmupCalls = 300;
    private const int Calls = 3_000;

    private static bool Blocking => Environment.GetCommandLineArgs().Contains("--blocking");

    public static async Task<int> RunAsync()
    {
        using var sdk = new SdkContender(StubServerLocator.BaseAddress);
        using var raw = new RawFloorContender(StubServerLocator.BaseAddress);
        var endpoints = new (string Name, Func<Task> Sdk, Func<Task> Raw)[]
        {
            ("/register (10 ids)", () => sdk.RegisterAsync(), () => raw.RegisterAsync()),
            ("/start", () => sdk.StartAsync(), () => raw.StartAsync()),
            ("/update", () => sdk.UpdateAsync(), () => raw.UpdateAsync()),
            ("/end", () => sdk.EndAsync(), () => raw.EndAsync()),
        };

        using (var sdkLarge = new SdkContender(StubServerLocator.LargeBaseAddress))
        {
            // The large answer is parsed from a chain of pooled segments: check it arrives whole.
            var large = await sdkLarge.RegisterAsync();
            Console.WriteLine(FormattableString.Invariant($"// Large answer: {large.GdprDeniedDetails.Count} gdpr_denied_details, last {large.GdprDeniedDetails[^1]}"));
            var bytes = await MeasureAsync(() => sdkLarge.RegisterAsync());
            Console.WriteLine(FormattableString.Invariant($"// Parse 5,000 gdpr_denied_details: Sdk {bytes:N0} B/call"));
        }

        Console.WriteLine();
        Console.WriteLine("| Endpoint | Sdk (B/call) | RawFloor (B/call) | Ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, sdkCall, rawCall) in endpoints)
        {
            var s = await MeasureAsync(sdkCall);
            var r = await MeasureAsync(rawCall);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s:N0} | {r:N0} | {(double)s / r:F2} |"));
        }

        return 0;
    }

    private static async Task<long> MeasureAsync(Func<Task> call)
    {
        if (Blocking)
        {
            // As BenchmarkDotNet calls a Task benchmark: from one dedicated thread that blocks on each call.
            long result = 0;
            var thread = new Thread(() =>
            {
                for (var i = 0; i < WarmupCalls; i++)
                {
                    call().GetAwaiter().GetResult();
                }

                var start = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < Calls; i++)
                {
                    call().GetAwaiter().GetResult();
                }

                result = (GC.GetTotalAllocatedBytes(precise: true) - start) / Calls;
            });
            thread.Start();
            thread.Join();
            return result;
        }

        for (var i = 0; i < WarmupCalls; i++)
        {
            await call();
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Calls; i++)
        {
            await call();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / Calls;
    }
}
