// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tool.Tests.Support;

/// <summary>What one in-process run of the tool ended with.</summary>
internal sealed record ToolRun(int ExitCode, string Output);
