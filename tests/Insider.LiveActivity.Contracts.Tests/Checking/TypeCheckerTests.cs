// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Contracts.Tests.Checking;

/// <summary>C# types, as a given <see cref="JsonSerializerOptions"/> encodes them, against the Swift types.</summary>
public sealed class TypeCheckerTests
{
    private static readonly SwiftContract Contract = SwiftContract.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "VendorDemo"));

    private static JsonSerializerOptions Options(params JsonConverter[] converters)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        foreach (var converter in converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    private static ContractReport Workout<TState>(params JsonConverter[] converters) =>
        Contract.Check<WorkoutAttributes, TState>("WorkoutActivityAttributes", Options(converters));

    [Fact]
    public void Check_WorkoutWithReferenceDateConverter_IsCompatible()
    {
        var report = Workout<WorkoutState>(new ReferenceDateConverter());

        report.IsCompatible.Should().BeTrue(report.ToString());
        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_DefaultDateEncoding_IsIsoStringMismatch()
    {
        var report = Workout<WorkoutState>();

        var problem = report.Problems.Should().ContainSingle().Subject;
        problem.Should().Match<ContractProblem>(p => p.Kind == ContractProblemKind.TypeMismatch && p.Path == "content_state.startedAt");
        problem.Message.Should().Contain("string").And.Contain("800980200");
    }

    [Fact]
    public void Check_UnixSecondsConverter_IsFlaggedWithTheUnit()
    {
        var report = Workout<WorkoutState>(new UnixSecondsConverter());

        report.Problems.Should().ContainSingle().Which.Message.Should().Contain("Unix seconds");
    }

    [Fact]
    public void Check_MemberLevelConverter_IsUsedForTheProbe()
    {
        var report = Workout<WorkoutStateWithMemberConverter>();

        report.Problems.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void Check_CamelCaseEnumAgainstSnakeCaseRawValues_ReportsEachMember()
    {
        var report = Contract.Check<MatchAttributes, MatchState<MatchPeriod>>("MatchActivityAttributes", Options());

        report.Problems.Should().HaveCount(4).And.OnlyContain(p => p.Kind == ContractProblemKind.InvalidEnumValue && p.Path == "content_state.period");
        report.Problems[0].Message.Should().Contain("\"firstHalf\"").And.Contain("Did you mean \"first_half\"?");
    }

    [Fact]
    public void Check_EnumMemberNamesMatchingRawValues_IsCompatible()
    {
        var report = Contract.Check<MatchAttributes, MatchState<SnakePeriod>>("MatchActivityAttributes", Options());

        report.Problems.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void Check_NullableMemberForNonOptional_IsError()
    {
        var report = Contract.Check<DeliveryAttributes, DeliveryStateNullable>("DeliveryActivityAttributes", Options());

        report.Problems.Should().ContainSingle().Which.Should().Match<ContractProblem>(p =>
            p.Kind == ContractProblemKind.NullForNonOptional && p.Path == "content_state.etaMinutes" && p.Message.Contains("DeliveryStateNullable.EtaMinutes"));
    }

    [Fact]
    public void Check_MissingExtraAndWrongMembers_AreEachReported()
    {
        var report = Contract.Check<DeliveryAttributes, DeliveryStateWrong>("DeliveryActivityAttributes", Options());

        report.Problems.Select(p => (p.Kind, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ContractProblemKind.MissingRequiredKey, "content_state.etaMinutes"),
            (ContractProblemKind.ExtraKey, "content_state.etaMinute"),
            (ContractProblemKind.TypeMismatch, "content_state.status"),
        });
        report.Problems.Single(p => p.Kind == ContractProblemKind.MissingRequiredKey).Message.Should().Contain("Did you mean \"etaMinute\"?");
    }

    [Fact]
    public void Check_FractionalForInt_IsError_WiderIntegerIsWarning()
    {
        var contract = SwiftContract.Parse("""
            struct NumAttributes: ActivityAttributes {
                struct ContentState: Codable, Hashable { var a: Int; var b: Int16; var items: [Item]; var map: [String: Item] }
                struct Item: Codable, Hashable { var n: Int }
            }
            """);

        var report = contract.Check<NoAttributes, NumState>("NumAttributes", Options());

        report.Problems.Select(p => (p.Kind, p.Severity, p.Path)).Should().BeEquivalentTo(new[]
        {
            (ContractProblemKind.TypeMismatch, ContractSeverity.Error, "content_state.a"),
            (ContractProblemKind.TypeMismatch, ContractSeverity.Warning, "content_state.b"),
            (ContractProblemKind.TypeMismatch, ContractSeverity.Error, "content_state.items[].n"),
        });
    }

    [Fact]
    public void Check_UnknownActivityType_IsReported()
    {
        var report = Contract.Check<DeliveryAttributes, DeliveryState>("deliveryActivityAttributes", Options());

        report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ContractProblemKind.UnknownActivityType);
    }

    [Fact]
    public void Check_DeliveryPair_IsCompatibleWithoutTheVendorId()
    {
        var report = Contract.Check<DeliveryAttributes, DeliveryState>("DeliveryActivityAttributes", Options());

        report.Problems.Should().BeEmpty(report.ToString());
    }

    public sealed record WorkoutAttributes(string WorkoutName);

    public sealed record WorkoutState(WorkoutPhase Phase, DateTimeOffset StartedAt, int ElapsedSeconds, int? HeartRate, double? DistanceKm);

    public sealed record WorkoutStateWithMemberConverter(
        WorkoutPhase Phase, [property: JsonConverter(typeof(ReferenceDateConverter))] DateTimeOffset StartedAt, int ElapsedSeconds);

    public enum WorkoutPhase
    {
        [JsonStringEnumMemberName("warm_up")] WarmUp,
        Active,
        [JsonStringEnumMemberName("cool_down")] CoolDown,
    }

    public sealed record MatchAttributes(string HomeTeam, string AwayTeam);

    public sealed record MatchState<TPeriod>(int HomeScore, int AwayScore, TPeriod Period, int Minute);

    public enum MatchPeriod { FirstHalf, HalfTime, SecondHalf, FullTime }

    public enum SnakePeriod
    {
        [JsonStringEnumMemberName("first_half")] FirstHalf,
        [JsonStringEnumMemberName("half_time")] HalfTime,
        [JsonStringEnumMemberName("second_half")] SecondHalf,
        [JsonStringEnumMemberName("full_time")] FullTime,
    }

    public sealed record DeliveryAttributes(string CourierName);

    public enum DeliveryStatus
    {
        Preparing,
        Pickup,
        [JsonStringEnumMemberName("in_transit")] InTransit,
        [JsonStringEnumMemberName("out_for_delivery")] OutForDelivery,
        Delivered,
    }

    public sealed record DeliveryState(DeliveryStatus Status, int EtaMinutes);

    public sealed record DeliveryStateNullable(DeliveryStatus Status, int? EtaMinutes);

    public sealed record DeliveryStateWrong(bool Status, int EtaMinute);

    public sealed record NoAttributes;

    public sealed record NumItem(double N);

    public sealed record NumState(double A, long B, List<NumItem> Items, Dictionary<string, NumOk> Map);

    public sealed record NumOk(int N);
}
