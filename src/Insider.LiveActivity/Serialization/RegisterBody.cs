// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The wire body of <c>/register</c>: the request with <c>ends_at</c> as a UTC <see cref="DateTime"/> truncated to whole seconds,
/// which System.Text.Json writes as the documentation does (<c>2026-05-20T14:30:00Z</c>: no fraction, a <c>Z</c>) on its
/// source-generated fast path; a custom converter on the public record would push the whole body off that path. It has no
/// <c>activity_id</c>: the API creates it.
/// </summary>
internal readonly struct RegisterBody(RegisterRequest request)
{
    public string ActivityType { get; } = request.ActivityType;

    public IReadOnlyList<string> InsiderIds { get; } = request.InsiderIds;

    public DateTime EndsAt { get; } = ToWire(request.EndsAt);

    /// <summary>The <c>ends_at</c> that goes over the wire: UTC, whole seconds (the fraction is dropped). Validation judges this value.</summary>
    /// <param name="endsAt">The requested end.</param>
    /// <returns>The UTC time, truncated to the second.</returns>
    public static DateTime ToWire(DateTimeOffset endsAt)
    {
        var utc = endsAt.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
