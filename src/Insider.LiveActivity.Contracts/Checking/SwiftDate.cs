// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;

namespace Insider.LiveActivity.Contracts;

/// <summary>
/// Swift's default <c>Date</c> coding: a number of seconds since 2001-01-01T00:00:00Z (<c>timeIntervalSinceReferenceDate</c>),
/// and how to recognise the usual mistakes (ISO strings, Unix seconds, Unix milliseconds).
/// </summary>
internal static class SwiftDate
{
    /// <summary>2001-01-01T00:00:00Z in Unix seconds.</summary>
    public const double ReferenceEpochUnixSeconds = 978_307_200;

    /// <summary>Reference-date seconds at or above this (2048-07-15) are treated as probable Unix seconds: no live activity is that far away.</summary>
    public const double UnixSecondsThreshold = 1_500_000_000;

    /// <summary>Reference-date seconds at or above this are treated as probable Unix milliseconds.</summary>
    public const double UnixMillisecondsThreshold = 100_000_000_000;

    public static readonly DateTimeOffset ReferenceEpoch = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static double ToReferenceSeconds(DateTimeOffset value) => (value - ReferenceEpoch).TotalSeconds;

    public static string Format(double referenceSeconds) =>
        referenceSeconds is > -1e10 and < 1e10
            ? ReferenceEpoch.AddSeconds(referenceSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : "a date thousands of years away";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Explains why a number is probably not reference-date seconds, or returns <see langword="null"/> when it looks right.</summary>
    public static string? ExplainSuspicious(double value)
    {
        if (value >= UnixMillisecondsThreshold)
        {
            var unixSeconds = value / 1000;
            return $"{Number(value)} looks like Unix milliseconds (since 1970); the device would read it as {Format(value)}. " +
                $"Send seconds since 2001-01-01T00:00:00Z instead: {Number(unixSeconds - ReferenceEpochUnixSeconds)}.";
        }

        if (value >= UnixSecondsThreshold)
        {
            return $"{Number(value)} looks like Unix seconds (since 1970); the device would read it as {Format(value)}, 31 years late. " +
                $"Send seconds since 2001-01-01T00:00:00Z instead: {Number(value - ReferenceEpochUnixSeconds)}.";
        }

        return null;
    }
}
