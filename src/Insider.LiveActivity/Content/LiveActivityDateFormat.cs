// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>How a <see cref="DateTimeOffset"/> or <see cref="DateTime"/> member of a content state is written.</summary>
public enum LiveActivityDateFormat
{
    /// <summary>
    /// The default, and the only form a Swift <c>Date</c> decodes with the default strategies: a JSON number of seconds since
    /// 2001-01-01T00:00:00Z (<c>timeIntervalSinceReferenceDate</c>), fractions kept. 2026-05-20T14:30:00Z is <c>800980200</c>.
    /// </summary>
    ReferenceDateSeconds = 0,

    /// <summary>A JSON number of seconds since 1970-01-01T00:00:00Z, fractions kept (whole seconds are written without a fraction).</summary>
    UnixSeconds = 1,

    /// <summary>A JSON number of milliseconds since 1970-01-01T00:00:00Z, fractions kept.</summary>
    UnixMilliseconds = 2,

    /// <summary>
    /// An ISO 8601 string in UTC without fractional seconds (<c>2026-05-20T14:30:00Z</c>), the form Foundation's
    /// <c>ISO8601DateFormatter</c> reads by default; fractional seconds are truncated.
    /// </summary>
    Iso8601 = 3,
}
