// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.RegularExpressions;

namespace Insider.LiveActivity.Tool.Segments;

/// <summary>
/// Reads <c>--ends-at</c>: an RFC 3339 time with its offset (<c>2026-12-01T18:00:00Z</c>) or a time from now
/// (<c>+90m</c>, <c>+2h</c>, <c>+1d</c>, <c>+1d12h</c>). A time without an offset is refused rather than guessed.
/// </summary>
internal static partial class EndsAtParser
{
    /// <summary>The instant, or null when <paramref name="value"/> is neither form.</summary>
    public static DateTimeOffset? TryParse(string value, DateTimeOffset now)
    {
        var text = value.Trim();
        if (text.StartsWith('+'))
        {
            return TryParseDuration(text[1..]) is { } duration ? now + duration : null;
        }

        return OffsetSuffix().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;
    }

    private static TimeSpan? TryParseDuration(string text)
    {
        var match = Duration().Match(text);
        if (!match.Success || text.Length == 0)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var amount = int.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
            total += char.ToLowerInvariant(part.Value[^1]) switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
        }

        return total;
    }

    [GeneratedRegex(@"^(?<part>\d{1,6}[dhms])+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();
}
