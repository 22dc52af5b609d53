// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>The reader on whole files: several files, SwiftUI widget code around the attributes, and what it cannot read.</summary>
public sealed class SwiftParserFileTests
{
    private static SwiftActivityType Single(string swift)
    {
        var contract = SwiftContract.Parse(swift);
        contract.Problems.Should().BeEmpty();
        return contract.ActivityTypes.Should().ContainSingle().Subject;
    }

    private static string Fields(IEnumerable<SwiftField> fields) => string.Join("; ", fields);

    [Fact]
    public void Load_TypesAcrossFiles_MergesExtensionsAndResolvesTypes()
    {
        var contract = SwiftContract.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "SplitAcrossFiles"));

        var type = contract.ActivityTypes.Should().ContainSingle().Subject;
        type.Name.Should().Be("OrderAttributes");
        Fields(type.ContentState).Should().Be("status: OrderStatus; items: [OrderItem]");
        contract.Check("OrderAttributes", Json.Object("""{"status":"packed","items":[{"sku":"A-1","quantity":2}]}""")).IsCompatible.Should().BeTrue();
        contract.Check("OrderAttributes", Json.Object("""{"status":"packed","items":[{"sku":"A-1","quantity":40000}]}""")).Problems
            .Should().ContainSingle(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state.items[0].quantity");
    }

    [Fact]
    public void Parse_UnreadableDeclaration_IsAProblemAndTheRestIsRead()
    {
        var contract = SwiftContract.Parse("""
            struct LiveAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var (a, b): (Int, Int)
                    var ok: Int
                    %%% garbage
                }
            }
            """);

        contract.ActivityTypes.Single().ContentState.Select(f => f.Name).Should().Equal("ok");
        contract.Problems.Should().HaveCount(2).And.OnlyContain(p => p.Kind == ContractProblemKind.UnreadableSwift && p.Severity == ContractSeverity.Warning);
        contract.Problems[0].Path.Should().Be("<source>:3");
    }

    [Theory]
    [InlineData("struct A: ActivityAttributes {")]
    [InlineData("let s = \"unterminated")]
    [InlineData("}}}} struct")]
    [InlineData("struct A: ActivityAttributes { struct ContentState: Codable { var a: [Int: } }")]
    [InlineData("enum E: String { case a = b }")]
    public void Parse_BrokenSource_ReportsProblemsNeverThrows(string swift)
    {
        var contract = SwiftContract.Parse(swift);

        contract.Problems.Should().NotBeEmpty();
    }

    [Fact]
    public void Parse_CustomCodable_IsMarkedAndReportedAsWarning()
    {
        var contract = SwiftContract.Parse("""
            struct FlightAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var departure: Date
                    init(from decoder: Decoder) throws { departure = Date() }
                }
            }
            """);

        var report = contract.Check("FlightAttributes", Json.Object("""{"departure":"2026-05-20T14:30:00Z"}"""));

        report.IsCompatible.Should().BeTrue();
        report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ContractProblemKind.CustomCodable);
    }

    [Fact]
    public void Parse_ActivityTypeWithoutContentState_ReportsIt()
    {
        var contract = SwiftContract.Parse("struct LonelyAttributes: ActivityAttributes { var name: String }");

        contract.Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.MissingContentState);
        contract.Check("LonelyAttributes", [])
            .Problems.Should().ContainSingle(p => p.Kind == ContractProblemKind.MissingContentState && p.Severity == ContractSeverity.Error);
    }

    [Fact]
    public void Parse_WidgetFileWithSwiftUIAndPreviewMacro_ReadsTheAttributesWithoutProblems()
    {
        var type = Single("""
            import SwiftUI
            import WidgetKit

            extension TripAttributes {
                struct ContentState: Codable, Hashable { var stop: String }
            }

            struct TripAttributes: ActivityAttributes { var line: String }

            struct TripLiveActivity: Widget {
                var body: some WidgetConfiguration {
                    ActivityConfiguration(for: TripAttributes.self) { context in
                        Text(context.state.stop).font(.headline)
                    } dynamicIsland: { context in
                        DynamicIsland { DynamicIslandExpandedRegion(.leading) { Text("{") } } compactLeading: { Text("}") } compactTrailing: { EmptyView() } minimal: { EmptyView() }
                    }
                }
            }

            #Preview("Notification", as: .content, using: TripAttributes(line: "U1")) {
                TripLiveActivity()
            } contentStates: {
                TripAttributes.ContentState(stop: "Main St")
            }

            private let formatter: DateFormatter = {
                let f = DateFormatter()
                f.dateStyle = .short
                return f
            }()
            """);

        type.Name.Should().Be("TripAttributes");
        Fields(type.ContentState).Should().Be("stop: String");
        Fields(type.Attributes).Should().Be("line: String");
    }
}
