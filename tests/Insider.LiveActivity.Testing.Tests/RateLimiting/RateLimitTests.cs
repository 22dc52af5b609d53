// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class RateLimitTests : EmulatorTestBase
{
    [Fact]
    public async Task Post_1001stCallInWindow_Returns429EmptyBody()
    {
        for (var i = 0; i < 1000; i++)
        {
            (await PostRawAsync("update", "{}")).Status.Should().Be(HttpStatusCode.BadRequest);
        }

        var result = await PostRawAsync("update", "{}");

        result.Status.Should().Be(HttpStatusCode.TooManyRequests);
        result.Body.Should().BeEmpty();
        result.Headers.Contains("Retry-After").Should().BeFalse();
    }

    [Fact]
    public async Task Post_NextWindow_IsAllowedAgain()
    {
        using var test = new Configured(o => o.RateLimitPermitLimit = 2);
        await test.PostRawAsync("update", "{}");
        test.Time.Advance(TimeSpan.FromSeconds(30));
        await test.PostRawAsync("update", "{}");
        (await test.PostRawAsync("update", "{}")).Status.Should().Be(HttpStatusCode.TooManyRequests);

        test.Time.Advance(TimeSpan.FromSeconds(30));

        (await test.PostRawAsync("update", "{}")).Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_SeparateBucketsPerPathAndKey()
    {
        using var test = new Configured(o => o.RateLimitPermitLimit = 1);
        test.Emulator.ConfigureApiKey("second-key");
        await test.PostRawAsync("update", "{}");

        var samePath = await test.PostRawAsync("update", "{}");
        var otherPath = await test.PostRawAsync("end", "{}");
        var otherKey = await test.PostRawAsync("update", "{}", apiKey: "second-key");

        samePath.Status.Should().Be(HttpStatusCode.TooManyRequests);
        otherPath.Status.Should().Be(HttpStatusCode.BadRequest);
        otherKey.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_RateLimitBeforeKeyState_Returns429ForDisabledKey()
    {
        using var test = new Configured(o => o.RateLimitPermitLimit = 1);
        test.Emulator.ConfigureApiKey(test.Emulator.ApiKey, ApiKeyState.Disabled);
        (await test.PostRawAsync("end", "{}")).Status.Should().Be(HttpStatusCode.Forbidden);

        var result = await test.PostRawAsync("end", "{}");

        result.Status.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Post_MissingKey_401BeforeRateLimit()
    {
        using var test = new Configured(o => o.RateLimitPermitLimit = 1);
        await test.PostRawAsync("end", "{}");
        await test.PostRawAsync("end", "{}");

        var result = await test.PostRawAsync("end", "{}", apiKey: null);

        result.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_RateLimitDisabled_NeverReturns429()
    {
        using var test = new Configured(o =>
        {
            o.RateLimitPermitLimit = 1;
            o.RateLimitEnabled = false;
        });
        await test.PostRawAsync("end", "{}");

        var result = await test.PostRawAsync("end", "{}");

        result.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    private sealed class Configured(Action<LiveActivityEmulatorOptions> configure) : EmulatorTestBase(configure)
    {
        public new FakeTimeProvider Time => base.Time;

        public new LiveActivityEmulator Emulator => base.Emulator;
    }
}
