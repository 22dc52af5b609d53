// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Spectre.Console;

namespace Insider.LiveActivity.Tool.Segments;

/// <summary>
/// Moves a Spectre progress task as chunks complete. Synchronous on purpose (not <see cref="Progress{T}"/>, which
/// posts reports to the thread pool and can apply them out of order); <see cref="ProgressTask"/> is thread-safe.
/// </summary>
internal sealed class ProgressTaskReporter : IProgress<SegmentProgress>
{
    private readonly ProgressTask _task;
    private readonly object _gate = new();
    private int _completedChunks = -1;

    public ProgressTaskReporter(ProgressTask task) => _task = task;

    /// <summary>The ids after de-duplication, as of the last report (0 before the first).</summary>
    public int TotalInsiderIds { get; private set; }

    public void Report(SegmentProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (value.CompletedChunks <= _completedChunks)
            {
                return;
            }

            _completedChunks = value.CompletedChunks;
            TotalInsiderIds = value.TotalInsiderIds;
            _task.MaxValue = Math.Max(1, value.TotalInsiderIds);
            _task.Value = value.ConfirmedInsiderIds;
            _task.Description = string.Create(
                CultureInfo.InvariantCulture,
                $"Chunks {value.CompletedChunks}/{value.TotalChunks}, ids confirmed {value.ConfirmedInsiderIds:N0}/{value.TotalInsiderIds:N0}");
        }
    }
}
