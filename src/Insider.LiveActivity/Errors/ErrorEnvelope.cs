// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>The API's error body: <c>{error, code, skipped, gdpr_denied_details}</c>.</summary>
internal sealed class ErrorEnvelope
{
    public string? Error { get; set; }

    public string? Code { get; set; }

    public SkippedDevices? Skipped { get; set; }

    public IReadOnlyList<GdprDeniedInsider>? GdprDeniedDetails { get; set; }
}
