// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The wire body of <c>/register</c>: the request with <c>ends_at</c> as a UTC <see cref="DateTime"/>, which System.Text.Json
/// writes as RFC 3339 with a <c>Z</c> (and a fraction only when there is one) on its source-generated fast path; a custom
/// converter on the public record would push the whole body off that path. It has no <c>activity_id</c>: the API creates it.
/// </summary>
internal readonly struct RegisterBody(RegisterRequest request)
{
    public string ActivityType { get; } = request.ActivityType;

    public IReadOnlyList<string> InsiderIds { get; } = request.InsiderIds;

    public DateTime EndsAt { get; } = request.EndsAt.UtcDateTime;
}
