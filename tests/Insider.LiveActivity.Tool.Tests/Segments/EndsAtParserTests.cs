// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Segments;

namespace Insider.LiveActivity.Tool.Tests.Segments;

public class EndsAtParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("+90m", 0, 90)]
    [InlineData("+2h", 2, 0)]
    [InlineData("+1d", 24, 0)]
    [InlineData("+1d12h", 36, 0)]
    [InlineData("+2H30M", 2, 30)]
    public void FromNow_AddsTheDuration(string value, int hours, int minutes) =>
        EndsAtParser.TryParse(value, Now).Should().Be(Now + new TimeSpan(hours, minutes, 0));

    [Theory]
    [InlineData("2026-12-01T18:00:00Z", 18)]
    [InlineData("2026-12-01T20:00:00+02:00", 18)]
    [InlineData("2026-12-01T13:00:00-05:00", 18)]
    public void Rfc3339_KeepsItsOffset(string value, int utcHour) =>
        EndsAtParser.TryParse(value, Now)!.Value.UtcDateTime.Should().Be(new DateTime(2026, 12, 1, utcHour, 0, 0, DateTimeKind.Utc));

    [Theory]
    [InlineData("2026-12-01T18:00:00")]
    [InlineData("+")]
    [InlineData("+2")]
    [InlineData("+h")]
    [InlineData("+2w")]
    [InlineData("2h")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public void AnythingElse_IsRefused(string value) => EndsAtParser.TryParse(value, Now).Should().BeNull();
}
