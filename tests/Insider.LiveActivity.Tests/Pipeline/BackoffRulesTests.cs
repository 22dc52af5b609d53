// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tests;

/// <summary>
/// The backoff rules, stated on the calculator itself: the server's Retry-After is honoured but capped at
/// MaxRetryAfter (and never negative), the exponential wait doubles from BaseDelay up to MaxDelay, and jitter spreads each
/// wait over ±20 % without ever exceeding MaxDelay.
/// </summary>
public sealed class BackoffRulesTests
{
    private const int Samples = 2_000;

    [Fact]
    public void RetryAfter_OfOneDay_IsCappedAtTheDefaultMaxRetryAfterOfSixtySeconds()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions());

        sut.Next(0, TimeSpan.FromDays(1)).Should().Be(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData(0, 15)]
    [InlineData(3, 15)]
    public void RetryAfter_AboveTheCap_IsCappedAtMaxRetryAfterWhateverTheRetry(int retryIndex, int capSeconds)
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { MaxRetryAfter = TimeSpan.FromSeconds(capSeconds) });

        sut.Next(retryIndex, TimeSpan.FromSeconds(capSeconds + 1)).Should().Be(TimeSpan.FromSeconds(capSeconds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(59)]
    [InlineData(60)]
    public void RetryAfter_UpToTheCap_IsWaitedExactly_WithoutJitter(int seconds)
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { UseJitter = true });

        for (var i = 0; i < 50; i++)
        {
            sut.Next(i % 4, TimeSpan.FromSeconds(seconds)).Should().Be(TimeSpan.FromSeconds(seconds));
        }
    }

    [Fact]
    public void RetryAfter_AboveMaxDelay_ButBelowTheCap_IsHonoured()
    {
        // MaxDelay bounds the client's own backoff; the server's ask is bounded by MaxRetryAfter only.
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { MaxDelay = TimeSpan.FromSeconds(5), MaxRetryAfter = TimeSpan.FromSeconds(60) });

        sut.Next(0, TimeSpan.FromSeconds(45)).Should().Be(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public void RetryAfter_InThePast_MeansRetryNow()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions());

        sut.Next(0, TimeSpan.FromSeconds(-30)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void RetryAfter_WithACapOfZero_MeansRetryNow()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { MaxRetryAfter = TimeSpan.Zero });

        sut.Next(0, TimeSpan.FromSeconds(10)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void NoRetryAfter_NoJitter_DoublesFromBaseDelay()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { UseJitter = false, BaseDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(30) });

        Enumerable.Range(0, 5).Select(i => sut.Next(i, null)).Should().Equal(
            TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(31)]
    [InlineData(1_000)]
    [InlineData(int.MaxValue)]
    public void NoRetryAfter_ManyRetries_StopsAtMaxDelay(int retryIndex)
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { UseJitter = false, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) });

        sut.Next(retryIndex, null).Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void NoRetryAfter_ZeroBaseDelay_RetriesAtOnce()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { BaseDelay = TimeSpan.Zero });

        sut.Next(3, null).Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 4)]
    public void Jitter_StaysWithinTwentyPercentOfTheNominalWait(int retryIndex, int nominalSeconds)
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) });
        var nominal = TimeSpan.FromSeconds(nominalSeconds);

        var waits = Enumerable.Range(0, Samples).Select(_ => sut.Next(retryIndex, null)).ToList();

        waits.Should().OnlyContain(w => w >= nominal * 0.8 && w <= nominal * 1.2);
    }

    [Fact]
    public void Jitter_SpreadsTheWaitsOverBothSidesOfTheNominalWait()
    {
        // Spreading is the point of jitter: clients that failed together must not retry together.
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(30) });
        var nominal = TimeSpan.FromSeconds(10);

        var waits = Enumerable.Range(0, Samples).Select(_ => sut.Next(0, null)).ToList();

        waits.Min().Should().BeLessThan(nominal * 0.9);
        waits.Max().Should().BeGreaterThan(nominal * 1.1);
        waits.Average(w => w.TotalSeconds).Should().BeApproximately(10, 0.5);
    }

    [Fact]
    public void Jitter_NeverPushesAWaitAboveMaxDelay()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3) });

        var waits = Enumerable.Range(0, Samples).Select(_ => sut.Next(6, null)).ToList();

        waits.Should().OnlyContain(w => w <= TimeSpan.FromSeconds(3) && w >= TimeSpan.FromSeconds(3) * 0.8);
        waits.Should().Contain(w => w < TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void NoJitter_EveryWaitIsTheNominalWait()
    {
        var sut = new BackoffCalculator(new LiveActivityRetryOptions { UseJitter = false, BaseDelay = TimeSpan.FromSeconds(2) });

        Enumerable.Range(0, 100).Select(_ => sut.Next(1, null)).Should().OnlyContain(w => w == TimeSpan.FromSeconds(4));
    }
}
