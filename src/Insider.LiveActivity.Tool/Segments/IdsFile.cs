// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Composition;

namespace Insider.LiveActivity.Tool.Segments;

/// <summary>The <c>--ids</c> file: one insider id a line, read lazily (any size); blank lines are ignored, ids are trimmed.</summary>
internal static class IdsFile
{
    /// <summary>The ids of <paramref name="path"/>, streamed; <see cref="ToolUsageException"/> when the file does not exist.</summary>
    public static IEnumerable<string> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ToolUsageException($"The ids file '{path}' does not exist.");
        }

        return File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0);
    }

    /// <summary>Fails before anything is sent when <paramref name="path"/>'s folder does not exist (null: nothing to check).</summary>
    public static void EnsureWritable(string? path)
    {
        if (path is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ToolUsageException($"The folder of the unconfirmed file '{path}' does not exist.");
        }
    }

    /// <summary>Writes <paramref name="ids"/> to <paramref name="path"/>, one a line.</summary>
    public static Task WriteAsync(string path, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        File.WriteAllLinesAsync(path, ids, cancellationToken);
}
