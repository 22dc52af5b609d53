// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json;

namespace Insider.LiveActivity;

/// <summary>Reads and writes an instant in one of the <see cref="LiveActivityDateFormat"/> forms.</summary>
internal static class SwiftDates
{
    /// <summary>Ticks of 2001-01-01T00:00:00Z, Foundation's reference date.</summary>
    public static readonly long ReferenceDateTicks = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>Ticks of 1970-01-01T00:00:00Z, the Unix epoch.</summary>
    public static readonly long UnixEpochTicks = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private const string Iso8601Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";

    public static void Write(Utf8JsonWriter writer, long utcTicks, LiveActivityDateFormat format)
    {
        switch (format)
        {
            case LiveActivityDateFormat.ReferenceDateSeconds:
                writer.WriteNumberValue(ToUnits(utcTicks - ReferenceDateTicks, TimeSpan.TicksPerSecond));
                break;
            case LiveActivityDateFormat.UnixSeconds:
                writer.WriteNumberValue(ToUnits(utcTicks - UnixEpochTicks, TimeSpan.TicksPerSecond));
                break;
            case LiveActivityDateFormat.UnixMilliseconds:
                writer.WriteNumberValue(ToUnits(utcTicks - UnixEpochTicks, TimeSpan.TicksPerMillisecond));
                break;
            case LiveActivityDateFormat.Iso8601:
                var whole = utcTicks - (utcTicks % TimeSpan.TicksPerSecond);
                writer.WriteStringValue(new DateTime(whole, DateTimeKind.Utc).ToString(Iso8601Format, CultureInfo.InvariantCulture));
                break;
            default:
                throw new JsonException($"Unknown date format {format}.");
        }
    }

    /// <summary>Reads an instant and returns its UTC ticks.</summary>
    public static long Read(ref Utf8JsonReader reader, LiveActivityDateFormat format)
    {
        switch (format)
        {
            case LiveActivityDateFormat.ReferenceDateSeconds:
                return FromUnits(ReadNumber(ref reader), TimeSpan.TicksPerSecond, ReferenceDateTicks);
            case LiveActivityDateFormat.UnixSeconds:
                return FromUnits(ReadNumber(ref reader), TimeSpan.TicksPerSecond, UnixEpochTicks);
            case LiveActivityDateFormat.UnixMilliseconds:
                return FromUnits(ReadNumber(ref reader), TimeSpan.TicksPerMillisecond, UnixEpochTicks);
            case LiveActivityDateFormat.Iso8601:
                if (reader.TokenType != JsonTokenType.String
                    || !DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
                {
                    throw new JsonException("Expected an ISO 8601 date string.");
                }

                return parsed.UtcTicks;
            default:
                throw new JsonException($"Unknown date format {format}.");
        }
    }

    /// <summary>The UTC ticks of a <see cref="DateTime"/>: Utc as is, Local converted; Unspecified is refused (its instant is a guess).</summary>
    public static long UtcTicksOf(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value.Ticks,
        DateTimeKind.Local => value.ToUniversalTime().Ticks,
        _ => throw new JsonException("A DateTime of kind Unspecified names no instant; use DateTimeKind.Utc or a DateTimeOffset."),
    };

    private static double ToUnits(long ticks, long ticksPerUnit) =>
        (ticks / ticksPerUnit) + ((double)(ticks % ticksPerUnit) / ticksPerUnit);

    private static double ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected a date as a JSON number.");
        }

        return reader.GetDouble();
    }

    private static long FromUnits(double units, long ticksPerUnit, long originTicks)
    {
        // Scaled before the origin is added: the origin in a double would cost ~128 ticks of precision.
        var offset = Math.Round(units * ticksPerUnit);
        if (double.IsNaN(offset) || offset < DateTime.MinValue.Ticks - originTicks || offset > DateTime.MaxValue.Ticks - originTicks)
        {
            throw new JsonException("The date is out of range.");
        }

        return (long)offset + originTicks;
    }
}
