// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>The reader on the shapes real apps write (see docs in swift-wire-format.md, "What real apps declare").</summary>
public sealed class SwiftParserTests
{
    private static SwiftActivityType Single(string swift)
    {
        var contract = SwiftContract.Parse(swift);
        contract.Problems.Should().BeEmpty();
        return contract.ActivityTypes.Should().ContainSingle().Subject;
    }

    private static string Fields(IEnumerable<SwiftField> fields) => string.Join("; ", fields);

    [Fact]
    public void Parse_PlainConformance_ReadsAttributesAndContentState()
    {
        var type = Single("""
            import ActivityKit
            struct PizzaAttributes: ActivityAttributes {
                public struct ContentState: Codable, Hashable {
                    var status: String
                    var eta: Date?
                    var toppings: [String: Int]
                }
                var orderNumber: String
            }
            """);

        type.Name.Should().Be("PizzaAttributes");
        Fields(type.ContentState).Should().Be("status: String; eta: Date?; toppings: [String: Int]");
        type.ContentState[1].IsOptional.Should().BeTrue();
        type.ContentState[1].Key.Should().Be("eta");
        Fields(type.Attributes).Should().Be("orderNumber: String");
    }

    [Fact]
    public void Parse_VendorProtocol_DoesNotListTheVendorFilledId()
    {
        var type = Single("""
            struct DeliveryActivityAttributes: InsiderLiveActivitiesAttributes {
                var insiderLiveActivityId: InsiderLiveActivityIdentifier
                static var other: Int = 0
                struct ContentState: Codable, Hashable { var etaMinutes: Int }
                var courierName: String
            }
            """);

        Fields(type.Attributes).Should().Be("courierName: String");
    }

    [Fact]
    public void Parse_OwnProtocolRefiningActivityAttributes_IsAnActivityType()
    {
        var contract = SwiftContract.Parse("""
            protocol TrackedAttributes: ActivityAttributes, Sendable {
                var trackingId: String { get }
            }
            protocol CourierAttributes: TrackedAttributes {}
            struct ParcelAttributes: CourierAttributes {
                struct ContentState: Codable, Hashable { var step: Int }
                var trackingId: String
            }
            struct NotAnActivity: Codable { var x: Int }
            """);

        contract.ActivityTypes.Select(t => t.Name).Should().Equal("ParcelAttributes");
    }

    [Fact]
    public void Parse_TypealiasContentState_ResolvesTheAliasedStruct()
    {
        var type = Single("""
            struct TimerAttributes: ActivityAttributes {
                typealias ContentState = State
                struct State: Codable, Hashable { var remaining: TimeInterval }
            }
            """);

        Fields(type.ContentState).Should().Be("remaining: TimeInterval");
    }

    [Fact]
    public void Parse_TypealiasToTopLevelStruct_ResolvesIt()
    {
        var type = Single("""
            struct ScoreState: Codable, Hashable { let home: Int; let away: Int }
            struct ScoreAttributes: ActivityAttributes { public typealias ContentState = ScoreState }
            """);

        Fields(type.ContentState).Should().Be("home: Int; away: Int");
    }

    [Fact]
    public void Parse_CodingKeys_RenameKeysAndDropUnlistedProperties()
    {
        var type = Single("""
            struct CountdownAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var countdownEnd: Date
                    var label: String
                    var localOnly: Bool = false
                    enum CodingKeys: String, CodingKey {
                        case countdownEnd = "countdown_end"
                        case label
                    }
                }
            }
            """);

        type.ContentState.Select(f => (f.Name, f.Key)).Should().Equal(("countdownEnd", "countdown_end"), ("label", "label"));
    }

    [Fact]
    public void Parse_IfBlocksAndAttributes_ReadsEveryBranchOnce()
    {
        var type = Single("""
            #if canImport(ActivityKit)
            import ActivityKit
            @available(iOS 16.1, *)
            @MainActor
            public struct RideAttributes: ActivityAttributes {
                public struct ContentState: Codable, Hashable {
                    #if os(iOS)
                    public var driver: String
                    #else
                    public var driver: String
                    #endif
                    @available(iOS 17.0, *) public var rating: Double?
                }
            }
            #endif
            """);

        Fields(type.ContentState).Should().Be("driver: String; rating: Double?");
    }

    [Fact]
    public void Parse_ComputedStaticLazyAndLetWithValue_AreNotOnTheWire()
    {
        var type = Single("""
            struct GameAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    var score: Int
                    var label: String { "Score \(score)" }
                    var doubled: Int {
                        get { score * 2 }
                    }
                    static let maxScore = 99
                    static var shared: ContentState { ContentState(score: 0, status: "x") }
                    lazy var cache: [Int] = []
                    let version = 2
                    let kind: String = "game"
                    var status: String = "placed"
                    var observed: Int = 0 {
                        didSet { print(observed) }
                    }
                    func describe() -> String { "{" }
                    init(score: Int, status: String) { self.score = score; self.status = status }
                }
            }
            """);

        Fields(type.ContentState).Should().Be("score: Int; status: String; observed: Int");
        type.ContentState.Should().OnlyContain(f => !f.IsOptional, "a default value does not make a key optional");
    }

    [Fact]
    public void Parse_EnumsNestedAndTopLevel_WithAssociatedValuesAndRanges()
    {
        var type = Single("""
            enum Phase: String, Codable, Hashable { case warmUp = "warm_up", active }
            struct TimerAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable {
                    enum Mode: Codable, Hashable {
                        case paused
                        case running(endTime: Date)
                        case lap(Int, String)
                    }
                    var mode: Mode
                    var phase: Phase
                    var window: ClosedRange<Date>
                    var laps: Array<Int>
                    var tag: Optional<String>
                }
            }
            """);

        Fields(type.ContentState).Should().Be("mode: Mode; phase: Phase; window: ClosedRange<Date>; laps: Array<Int>; tag: Optional<String>");
        type.ContentState[4].IsOptional.Should().BeTrue();
    }

    [Fact]
    public void Parse_SeveralActivityTypesPerFile_AreAllListed()
    {
        var contract = SwiftContract.Parse("""
            struct A: ActivityAttributes { struct ContentState: Codable, Hashable { var a: Int } }
            struct B: ActivityKit.ActivityAttributes { struct ContentState: Codable, Hashable { var b: Int } }
            enum Namespace {
                struct C: ActivityAttributes { struct ContentState: Codable, Hashable { var c: Int } }
            }
            """);

        contract.ActivityTypes.Select(t => t.Name).Should().Equal("A", "B", "C");
    }
}
