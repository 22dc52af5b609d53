// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Contracts;

namespace Insider.LiveActivity.Orders.Tests;

/// <summary>The backend's C# pair against the app's Swift file: the one-line contract test a customer adds to their suite.</summary>
public sealed class DeliveryContractTests
{
    [Fact]
    public void DeliveryTypes_MatchTheAppsSwiftContract() =>
        SwiftContract.Load("ios/DeliveryActivityAttributes.swift").Check<DeliveryAttributes, DeliveryState>().IsCompatible.Should().BeTrue();

    [Fact]
    public void ContractTest_FailsWhenTheAppRenamesAField()
    {
        var renamed = SwiftContract.Parse(File.ReadAllText("ios/DeliveryActivityAttributes.swift").Replace("etaMinutes", "etaMins", StringComparison.Ordinal));

        var report = renamed.Check<DeliveryAttributes, DeliveryState>();

        report.IsCompatible.Should().BeFalse();
        report.Problems.Should().Contain(problem => problem.Path == "content_state.etaMins" && problem.Severity == ContractSeverity.Error);
    }
}
