// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Insider.LiveActivity.Benchmarks.Measurements;

/// <summary>
/// Listens to the runtime's GCAllocationTick events (one per ~100 KB allocated on a heap) and keeps those of the
/// Large Object Heap: how many, how many bytes they cover, and which types triggered them.
/// </summary>
internal sealed class LohAllocationListener : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const uint LargeObjectHeapKind = 1;

    private long _ticks;
    private long _bytes;
    private volatile bool _recording;

    public ConcurrentDictionary<string, int> Types { get; } = new();

    public long Ticks => Interlocked.Read(ref _ticks);

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Start()
    {
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _bytes, 0);
        Types.Clear();
        _recording = true;
    }

    public void Stop() => _recording = false;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)
            || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var kindIndex = eventData.PayloadNames.IndexOf("AllocationKind");
        if (kindIndex < 0 || Convert.ToUInt32(eventData.Payload[kindIndex], System.Globalization.CultureInfo.InvariantCulture) != LargeObjectHeapKind)
        {
            return;
        }

        var amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
        var typeIndex = eventData.PayloadNames.IndexOf("TypeName");
        Interlocked.Increment(ref _ticks);
        if (amountIndex >= 0)
        {
            Interlocked.Add(ref _bytes, Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture));
        }

        var type = typeIndex >= 0 ? eventData.Payload[typeIndex]?.ToString() ?? "?" : "?";
        Types.AddOrUpdate(type, 1, static (_, n) => n + 1);
    }
}
