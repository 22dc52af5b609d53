// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing.Tests;

public sealed class RegisterTests : EmulatorTestBase
{
    [Fact]
    public async Task Register_EligibleInsiders_ReturnsSuccessSchemaAndCreatesActivity()
    {
        var result = await RegisterAsync("user-1", "user-2");

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Json!["status"]!.GetValue<string>().Should().Be("success");
        result.Int("matched").Should().Be(2);
        result.Int("added").Should().Be(2);
        result.Int("refreshed").Should().Be(0);
        result.Int("removed").Should().Be(0);
        result.Json!["skipped"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(
            "push_permission_disabled", "unsupported_platform", "unsupported_os_version", "push_to_start_token_missing", "user_not_found");
        result.Json!.AsObject().ContainsKey("partial").Should().BeFalse();
        result.Json!.AsObject().ContainsKey("gdpr_denied_details").Should().BeFalse();
        result.Json!.AsObject().ContainsKey("unprocessed_insider_id_count").Should().BeFalse();
        var activity = Emulator.GetActivity(result.Json!["activity_id"]!.GetValue<string>())!;
        activity.State.Should().Be(EmulatedActivityState.Registered);
        activity.ActivityType.Should().Be(ActivityType);
        activity.EndsAt.Should().Be(Start.AddHours(1));
        activity.Devices.Select(d => d.Udid).Should().Equal("user-1-device-1", "user-2-device-1");
    }

    [Theory]
    [InlineData("android-1", "unsupported_platform")]
    [InlineData("ios16-1", "unsupported_os_version")]
    [InlineData("nopush-1", "push_permission_disabled")]
    [InlineData("notoken-1", "push_to_start_token_missing")]
    [InlineData("unknown-1", "user_not_found")]
    public async Task Register_PrefixedInsider_CountsSkippedReason(string insiderId, string reason)
    {
        var result = await RegisterAsync("user-1", insiderId);

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Int("matched").Should().Be(1);
        result.Int("added").Should().Be(1);
        result.Skipped(reason).Should().Be(1);
        result.Json!["skipped"]!.AsObject().Sum(p => p.Value!.GetValue<int>()).Should().Be(1);
    }

    [Fact]
    public async Task Register_MultiInsider_CountsDevices()
    {
        var result = await RegisterAsync("multi-1", "user-2");

        result.Int("added").Should().Be(3);
        result.Int("matched").Should().Be(3);
    }

    [Fact]
    public async Task Register_GdprDeniedInsider_ListedInDetailsNotInSkipped()
    {
        Emulator.Profiles.Add("user-77", false, new EmulatedDevice("a"), new EmulatedDevice("b"));

        var result = await RegisterAsync("user-1", "gdpr-12", "user-77");

        result.Int("matched").Should().Be(1);
        result.Json!["skipped"]!.AsObject().Sum(p => p.Value!.GetValue<int>()).Should().Be(0);
        result.Json!["gdpr_denied_details"]!.ToJsonString().Should().Be(
            "[{\"insider_id\":\"gdpr-12\",\"devices_count\":1},{\"insider_id\":\"user-77\",\"devices_count\":2}]");
    }

    [Fact]
    public async Task Register_ExplicitGdprConsentTrueOrMissing_IsEligible()
    {
        Emulator.Profiles.Add("gdpr-consenting", true, new EmulatedDevice("d1"));

        var result = await RegisterAsync("gdpr-consenting");

        result.Int("added").Should().Be(1);
    }

    [Fact]
    public async Task Register_DuplicateIds_CountOnce()
    {
        var result = await RegisterAsync("user-1", "user-1", "android-2", "android-2", "unknown-3", "unknown-3");

        result.Int("added").Should().Be(1);
        result.Skipped("unsupported_platform").Should().Be(1);
        result.Skipped("user_not_found").Should().Be(1);
    }

    [Fact]
    public async Task Register_ExplicitProfile_OverridesPrefixAndCountsEachDevice()
    {
        Emulator.Profiles.Add(
            "android-but-ios",
            new EmulatedDevice("ok"),
            new EmulatedDevice("web") { Platform = DevicePlatform.Web },
            new EmulatedDevice("old") { OsVersion = new Version(17, 1) },
            new EmulatedDevice("muted") { PushPermission = false },
            new EmulatedDevice("fresh") { HasPushToStartToken = false });
        Emulator.Profiles.MarkNotFound("user-gone");

        var result = await RegisterAsync("android-but-ios", "user-gone");

        result.Int("added").Should().Be(1);
        result.Skipped("unsupported_platform").Should().Be(1);
        result.Skipped("unsupported_os_version").Should().Be(1);
        result.Skipped("push_permission_disabled").Should().Be(1);
        result.Skipped("push_to_start_token_missing").Should().Be(1);
        result.Skipped("user_not_found").Should().Be(1);
    }

    [Fact]
    public async Task Register_RemovedProfile_FallsBackToPrefixDefault()
    {
        Emulator.Profiles.Add("android-1", new EmulatedDevice("ios-device"));
        Emulator.Profiles.Remove("android-1").Should().BeTrue();

        var result = await RegisterAsync("android-1", "user-1");

        result.Skipped("unsupported_platform").Should().Be(1);
    }

    [Fact]
    public async Task Register_SameInsiderAndTypeAgain_CountsRefreshedAndNewActivityId()
    {
        var first = await RegisterIdAsync("user-1", "multi-2");

        var second = await RegisterAsync("user-1", "multi-2", "user-3");

        second.Int("refreshed").Should().Be(3);
        second.Int("added").Should().Be(1);
        second.Int("matched").Should().Be(4);
        second.Json!["activity_id"]!.GetValue<string>().Should().NotBe(first);
    }

    [Fact]
    public async Task Register_DeviceNoLongerEligible_CountsRemoved()
    {
        await RegisterIdAsync("user-1", "user-2");
        Emulator.Profiles.Add("user-2", new EmulatedDevice("user-2-device-1") { PushPermission = false });

        var result = await RegisterAsync("user-1", "user-2");

        result.Int("refreshed").Should().Be(1);
        result.Int("removed").Should().Be(1);
        result.Skipped("push_permission_disabled").Should().Be(1);
    }

    [Fact]
    public async Task Register_AllFiltered_Returns422WithBreakdownAndCreatesNothing()
    {
        var result = await RegisterAsync("android-1", "ios16-2", "nopush-3", "gdpr-4");

        result.Status.Should().Be((HttpStatusCode)422);
        result.Code.Should().Be("NO_ELIGIBLE_DEVICE");
        result.Error.Should().Be("no eligible device found for the given insider_ids");
        result.Skipped("unsupported_platform").Should().Be(1);
        result.Skipped("unsupported_os_version").Should().Be(1);
        result.Skipped("push_permission_disabled").Should().Be(1);
        result.Json!["gdpr_denied_details"]!.AsArray().Should().ContainSingle();
        result.Json!.AsObject().ContainsKey("status").Should().BeFalse();
        Emulator.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Register_AllUnknownWithoutGdpr_422OmitsGdprDetails()
    {
        var result = await RegisterAsync("unknown-1");

        result.Code.Should().Be("NO_ELIGIBLE_DEVICE");
        result.Skipped("user_not_found").Should().Be(1);
        result.Json!.AsObject().ContainsKey("gdpr_denied_details").Should().BeFalse();
    }
}
