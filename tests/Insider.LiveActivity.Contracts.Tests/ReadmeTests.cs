// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts.Tests;

/// <summary>The package README's quick start, kept true.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_PascalCaseEnumValue_IsReportedAsTheReadmeShows()
    {
        var contract = SwiftContract.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "VendorDemo"));

        var report = contract.Check("MatchActivityAttributes",
            JsonNode.Parse("""{"homeScore":0,"awayScore":3,"period":"HalfTime","minute":45}""")!.AsObject());

        report.IsCompatible.Should().BeFalse();
        report.Problems.Single().ToString().Should().Be(
            "Error InvalidEnumValue at content_state.period: \"HalfTime\" is not a raw value of Swift enum 'MatchActivityAttributes.Period'; " +
            "the device accepts exactly (case-sensitive): \"first_half\", \"half_time\", \"second_half\", \"full_time\". Did you mean \"half_time\"?");
    }
}
