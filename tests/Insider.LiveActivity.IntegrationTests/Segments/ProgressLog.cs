namespace Insider.LiveActivity.IntegrationTests.Segments;

/// <summary>Collects progress reports synchronously (no synchronization-context hop).</summary>
public sealed class ProgressLog : IProgress<SegmentProgress>
{
    private readonly List<SegmentProgress> _reports = [];

    public IReadOnlyList<SegmentProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(SegmentProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
