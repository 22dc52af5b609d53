// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's view of the <c>/register</c> answer (the same fields as the SDK's ActivityRegistration).</summary>
public sealed record RawRegistration(
    string ActivityId,
    int Matched,
    int Added,
    int Refreshed,
    int Removed,
    RawSkippedDevices? Skipped,
    IReadOnlyList<RawGdprDeniedInsider>? GdprDeniedDetails,
    bool Partial,
    int UnprocessedInsiderIdCount);
