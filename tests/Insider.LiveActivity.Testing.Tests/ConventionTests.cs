// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing.Tests;

public sealed class ConventionTests
{
    [Fact]
    public void PublicTypes_AreSealedOrEnums()
    {
        var types = typeof(LiveActivityEmulator).Assembly.GetExportedTypes();

        types.Should().OnlyContain(t => t.IsEnum || t.IsSealed);
        types.Select(t => t.Namespace).Should().OnlyContain(n => n == "Insider.LiveActivity.Testing");
    }

    [Fact]
    public void Options_Defaults_MatchDocumentation()
    {
        var options = new LiveActivityEmulatorOptions();

        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
        options.TokenSyncDelay.Should().Be(TimeSpan.FromSeconds(3));
        options.RateLimitEnabled.Should().BeTrue();
        options.RateLimitPermitLimit.Should().Be(1000);
        options.RateLimitWindow.Should().Be(TimeSpan.FromMinutes(1));
        options.MaxInsiderIdsPerRequest.Should().Be(10_000);
        options.ApiKey.Should().Be("emulator-api-key");
        options.Port.Should().Be(0);
        options.LoggerFactory.Should().BeNull();
    }

    [Fact]
    public void CreateInMemory_InvalidOptions_Throws()
    {
        var act = () => LiveActivityEmulator.CreateInMemory(new LiveActivityEmulatorOptions { RateLimitPermitLimit = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CreateInMemory_BaseAddress_IsFixedEmulatorUri()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();

        emulator.BaseAddress.Should().Be(new Uri("http://localhost/"));
        emulator.IsInMemory.Should().BeTrue();
        using var client = emulator.CreateHttpClient();
        client.BaseAddress.Should().Be(emulator.BaseAddress);
    }
}
