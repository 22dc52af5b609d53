// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing.Tests;

public sealed class ConventionTests
{
    [Fact]
    public void PublicTypes_AreSealedOrEnums()
    {
        var types = typeof(LiveActivityEmulator).Assembly.GetExportedTypes();

        types.Should().OnlyContain(t => t.IsEnum || t.IsSealed);
        types.Where(t => t.Name != "LiveActivityEmulatorHttpClientBuilderExtensions").Select(t => t.Namespace)
            .Should().OnlyContain(n => n == "Insider.LiveActivity.Testing");
        types.Where(t => t.Name == "LiveActivityEmulatorHttpClientBuilderExtensions").Select(t => t.Namespace)
            .Should().Equal(["Microsoft.Extensions.DependencyInjection"], "UseEmulator sits next to AddInsiderLiveActivity, found without a using");
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
    public void CreateInMemory_BaseAddress_IsALoopbackAddressOfItsOwn()
    {
        var emulator = LiveActivityEmulator.CreateInMemory();
        var other = LiveActivityEmulator.CreateInMemory();

        emulator.BaseAddress.Host.Should().Be("localhost");
        emulator.BaseAddress.IsLoopback.Should().BeTrue("the SDK accepts plain http to loopback only");
        emulator.BaseAddress.AbsolutePath.Should().Be("/");
        emulator.BaseAddress.Should().NotBe(other.BaseAddress, "two emulators must never share a client-side rate budget");
        emulator.IsInMemory.Should().BeTrue();
        using var client = emulator.CreateHttpClient();
        client.BaseAddress.Should().Be(emulator.BaseAddress);
    }
}
