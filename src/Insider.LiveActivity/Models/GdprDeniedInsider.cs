// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>An insider filtered out because GDPR consent is explicitly denied.</summary>
public sealed record GdprDeniedInsider
{
    /// <summary>Gets the insider id.</summary>
    public string InsiderId { get; init; } = string.Empty;

    /// <summary>Gets the number of the insider's devices that were filtered out.</summary>
    public int DevicesCount { get; init; }
}
