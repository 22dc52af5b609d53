// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Benchmarks.Contenders;
using Insider.LiveActivity.Benchmarks.Server;

namespace Insider.LiveActivity.Benchmarks.Measurements;

/// <summary>
/// <c>-- --loh</c>: after a warm-up, runs each scenario N times and reports the bytes allocated per call and what landed
/// on the Large Object Heap, from the runtime's GCAllocationTick events of the LOH (one per ~100 KB allocated there, so
/// zero ticks over 100 calls means no call allocated an LOH object). A 100,000-byte array per call is the control.
/// (Reading the LOH size through GC.GetGCMemoryInfo does not work here: LOH allocations trigger gen2 GCs mid-run.)
/// </summary>
internal static class LohMeasurement
{
    private const int WarmupCalls = 30;
    private const int Calls = 100;

    public static async Task<int> RunAsync()
    {
        var address = StubServerLocator.BaseAddress;
        var large = StubServerLocator.LargeBaseAddress;
        using var sdk = new SdkContender(address);
        using var raw = new RawFloorContender(address);
        using var peer = new RestSharpContender(address, newClientPerCall: false);
        using var sdkLarge = new SdkContender(large);
        using var rawLarge = new RawFloorContender(large);
        using var peerLarge = new RestSharpContender(large, newClientPerCall: false);
        using var listener = new LohAllocationListener();

        var scenarios = new (string Name, Func<Task> Call)[]
        {
            ("Control: new byte[100_000]", static () => { GC.KeepAlive(new byte[100_000]); return Task.CompletedTask; }),
            ("Send 10,000-id /register: Sdk", () => sdk.RegisterLargeAsync()),
            ("Send 10,000-id /register: RawFloor", () => raw.RegisterLargeAsync()),
            ("Send 10,000-id /register: TypicalPeer", () => peer.RegisterLargeAsync()),
            ("Parse 5,000 gdpr_denied_details: Sdk", () => sdkLarge.RegisterAsync()),
            ("Parse 5,000 gdpr_denied_details: RawFloor", () => rawLarge.RegisterAsync()),
            ("Parse 5,000 gdpr_denied_details: TypicalPeer", () => peerLarge.RegisterAsync()),
            ("Per call /update: Sdk", () => sdk.UpdateAsync()),
            ("Per call /update: RawFloor", () => raw.UpdateAsync()),
        };

        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"{Calls} calls per scenario after {WarmupCalls} warm-up calls"));
        Console.WriteLine();
        Console.WriteLine("| Scenario | Allocated per call | LOH allocation ticks | LOH bytes in ticks per call | Types in LOH ticks | Gen2 GCs |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|");
        foreach (var (name, call) in scenarios)
        {
            for (var i = 0; i < WarmupCalls; i++)
            {
                await call();
            }

            Collect();
            var gen2Before = GC.CollectionCount(2);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            listener.Start();
            for (var i = 0; i < Calls; i++)
            {
                await call();
            }

            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var gen2 = GC.CollectionCount(2) - gen2Before;
            await Task.Delay(2_000);
            listener.Stop();
            var types = listener.Types.IsEmpty ? "none" : string.Join(", ", listener.Types.Select(t => $"{t.Key} x{t.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {allocated / Calls:N0} B | {listener.Ticks} | {listener.Bytes / Calls:N0} B | {types} | {gen2} |"));
        }

        return 0;
    }

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
    }
}
