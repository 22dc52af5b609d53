// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tool.Composition;

/// <summary>A local input the tool cannot use (a missing file, bad JSON, no API key); exit code <see cref="ToolExitCode.Usage"/>.</summary>
internal sealed class ToolUsageException : Exception
{
    public ToolUsageException(string message)
        : base(message)
    {
    }

    public ToolUsageException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public ToolUsageException()
    {
    }
}
