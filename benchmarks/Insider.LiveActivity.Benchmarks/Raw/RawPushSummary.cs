// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's view of the <c>/start</c>, <c>/update</c> and <c>/end</c> answer.</summary>
public sealed record RawPushSummary(int SessionsTriggered, int SkippedNotSynced);
