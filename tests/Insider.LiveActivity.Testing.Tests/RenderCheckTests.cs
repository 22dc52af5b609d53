// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Contracts;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>With the app's Swift contract, every recorded push says whether the device would render it, and why not.</summary>
public sealed class RenderCheckTests : EmulatorTestBase
{
    public const string DeliverySwift = """
        import ActivityKit

        @available(iOS 16.1, *)
        struct DeliveryActivityAttributes: InsiderLiveActivitiesAttributes {
            var insiderLiveActivityId: InsiderLiveActivityIdentifier
            struct ContentState: Codable, Hashable {
                var status: Status
                var etaMinutes: Int
                var eta: Date?
            }
            enum Status: String, Codable, Hashable {
                case preparing, pickup, delivered
                case inTransit = "in_transit"
            }
            var courierName: String
        }
        """;

    public RenderCheckTests()
        : base(o => o.AppContract = SwiftContract.Parse(DeliverySwift))
    {
    }

    [Fact]
    public async Task Start_MatchingContentAndAttributes_WouldRender()
    {
        var id = await RegisterIdAsync("user-1");

        await PostAsync("start", new
        {
            activity_id = id,
            activity_type = ActivityType,
            content = Content("Prepared", "Soon", new { status = "pickup", etaMinutes = 45 }, new { courierName = "John D." }),
        });

        var push = Emulator.Pushes.Should().ContainSingle().Subject;
        push.WouldRender.Should().BeTrue();
        push.RenderProblems.Should().BeEmpty();
    }

    [Fact]
    public async Task Start_WithoutRequiredAttributes_WouldNotRender()
    {
        await StartedActivityAsync("user-1");

        var push = Emulator.Pushes.Single();
        push.WouldRender.Should().BeFalse();
        push.RenderProblems.Should().ContainSingle(p => p.Kind == ContractProblemKind.MissingRequiredKey && p.Path == "attributes.courierName");
    }

    [Fact]
    public async Task Update_EnumValueNotARawValue_WouldNotRender_AndSaysWhy()
    {
        var id = await StartedActivityAsync("user-1");
        Time.Advance(TimeSpan.FromSeconds(5));

        await PushAsync("update", id, content: Content(null, null, new { status = "InTransit", etaMinutes = 30 }));

        var push = Emulator.Pushes.Last();
        push.Event.Should().Be("update");
        push.WouldRender.Should().BeFalse();
        push.RenderProblems.Should().ContainSingle().Which.Message.Should().Contain("Did you mean \"in_transit\"?");
    }

    [Fact]
    public async Task Update_DateAsIsoString_WouldNotRender()
    {
        var id = await StartedActivityAsync("user-1");
        Time.Advance(TimeSpan.FromSeconds(5));

        await PushAsync("update", id, content: Content(null, null, new { status = "in_transit", etaMinutes = 30, eta = "2026-05-20T14:30:00Z" }));

        Emulator.Pushes.Last().RenderProblems.Should().ContainSingle(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state.eta");
    }

    [Fact]
    public async Task Update_AllGood_LetsATestAssertEveryPushRenders()
    {
        var id = await RegisterIdAsync("user-1");
        await PostAsync("start", new
        {
            activity_id = id,
            activity_type = ActivityType,
            content = Content("Prepared", "Soon", new { status = "preparing", etaMinutes = 45 }, new { courierName = "John D." }),
        });
        Time.Advance(TimeSpan.FromSeconds(5));

        await PushAsync("update", id, content: Content(null, null, new { status = "in_transit", etaMinutes = 30, eta = 800980200 }));
        await PushAsync("end", id, content: Content("Delivered", "Enjoy", new { status = "delivered", etaMinutes = 0 }));

        Emulator.Pushes.Should().HaveCount(3).And.OnlyContain(p => p.WouldRender);
    }

    [Fact]
    public async Task Start_ApnsPayloadOver4KB_WouldNotRender()
    {
        var id = await RegisterIdAsync("user-1");

        await PostAsync("start", new
        {
            activity_id = id,
            activity_type = ActivityType,
            content = Content(new string('t', 4100), "Soon", new { status = "pickup", etaMinutes = 45 }, new { courierName = "John D." }),
        });

        Emulator.Pushes.Single().RenderProblems.Should().ContainSingle(p => p.Kind == ContractProblemKind.PayloadTooLarge && p.Path == "aps");
    }

    [Fact]
    public async Task Start_ActivityTypeNotInTheContract_WouldNotRender()
    {
        var register = await PostAsync("register", new { activity_type = "deliveryActivityAttributes", insider_ids = new[] { "user-1" }, ends_at = EndsAt(TimeSpan.FromHours(1)) });
        var id = register.Json!["activity_id"]!.GetValue<string>();

        await PostAsync("start", new { activity_id = id, activity_type = "deliveryActivityAttributes", content = Content() });

        Emulator.Pushes.Single().RenderProblems.Should().ContainSingle(p => p.Kind == ContractProblemKind.UnknownActivityType)
            .Which.Message.Should().Contain("Did you mean \"DeliveryActivityAttributes\"?");
    }
}

/// <summary>Without a contract, pushes say that nothing was checked.</summary>
public sealed class RenderCheckWithoutContractTests : EmulatorTestBase
{
    [Fact]
    public async Task Push_WithoutAppContract_SaysNothingWasChecked()
    {
        await StartedActivityAsync("user-1");

        var push = Emulator.Pushes.Single();
        push.WouldRender.Should().BeFalse();
        push.RenderProblems.Should().ContainSingle().Which.Should().Match<ContractProblem>(p =>
            p.Kind == ContractProblemKind.NotChecked && p.Severity == ContractSeverity.Warning && p.Message.Contains("AppContract"));
    }

    [Fact]
    public void Options_AppContract_DefaultsToNull()
    {
        new LiveActivityEmulatorOptions().AppContract.Should().BeNull();
    }
}
