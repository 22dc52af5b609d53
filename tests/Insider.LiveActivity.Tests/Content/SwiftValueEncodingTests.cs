// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tests.Content;

/// <summary>UUID, URL, Data, nested structs, arrays, dictionaries and enums with associated values encode as Swift's Codable.</summary>
public sealed class SwiftValueEncodingTests
{
    private static readonly DateTimeOffset Eta = new(2026, 5, 20, 14, 30, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_GuidUriAndBytes_AreUppercaseUuidAbsoluteUrlAndBase64_BothDirections(string resolver)
    {
        var state = new IdentityState(Guid.Parse("550e8400-e29b-41d4-a716-446655440000"), new Uri("https://example.com/track?id=1"), [1, 2, 3]);

        var json = SwiftOptions.Encode(state, resolver);

        json.Should().Be("""{"orderId":"550E8400-E29B-41D4-A716-446655440000","trackingUrl":"https://example.com/track?id=1","thumbnail":"AQID"}""");
        var back = SwiftOptions.Decode<IdentityState>(json, resolver);
        back.OrderId.Should().Be(state.OrderId);
        back.TrackingUrl.Should().Be(state.TrackingUrl);
        back.Thumbnail.Should().Equal(1, 2, 3);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Decode_LowercaseUuid_IsAccepted(string resolver)
    {
        var state = SwiftOptions.Decode<IdentityState>("""{"orderId":"550e8400-e29b-41d4-a716-446655440000","trackingUrl":"https://example.com/","thumbnail":""}""", resolver);

        state.OrderId.Should().Be(Guid.Parse("550E8400-E29B-41D4-A716-446655440000"));
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_RelativeUri_ThrowsValidation(string resolver)
    {
        var act = () => SwiftOptions.Encode(new IdentityState(Guid.Empty, new Uri("/track?id=1", UriKind.Relative), []), resolver);

        act.Should().Throw<LiveActivityValidationException>()
            .Where(e => e.ErrorCode == LiveActivityErrorCodes.ValidationFailed && e.Message.Contains("relative URL") && e.Message.Contains("trackingUrl", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_BarePathTakenAsAbsoluteByDotNet_ThrowsValidation(string resolver)
    {
        // On Unix, new Uri("/track", RelativeOrAbsolute) is an absolute file URI whose text has no scheme: Swift reads it as relative.
        var act = () => SwiftOptions.Encode(new IdentityState(Guid.Empty, new Uri("/track", UriKind.RelativeOrAbsolute), []), resolver);

        act.Should().Throw<LiveActivityValidationException>().Where(e => e.ErrorCode == LiveActivityErrorCodes.ValidationFailed);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Decode_RelativeUrl_IsRefused(string resolver)
    {
        var act = () => SwiftOptions.Decode<IdentityState>("""{"orderId":"550e8400-e29b-41d4-a716-446655440000","trackingUrl":"/track","thumbnail":""}""", resolver);

        act.Should().Throw<System.Text.Json.JsonException>();
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_NestedListsArraysAndDictionaries_FollowTheSameRules_BothDirections(string resolver)
    {
        var state = new RouteState(
            [new Stop("Depot", Eta)],
            [3, 4],
            new Dictionary<string, int> { ["ZoneA"] = 2, ["zone_b"] = 1 },
            new Dictionary<string, Stop> { ["HUB-1"] = new Stop("Hub", Eta.AddSeconds(0.5)) });

        var json = SwiftOptions.Encode(state, resolver);

        json.Should().Be("""{"stops":[{"name":"Depot","arrival":800980200}],"legs":[3,4],"countsByZone":{"ZoneA":2,"zone_b":1},"stopsByCode":{"HUB-1":{"name":"Hub","arrival":800980200.5}}}""");
        var back = SwiftOptions.Decode<RouteState>(json, resolver);
        back.Stops.Should().Equal(state.Stops);
        back.Legs.Should().Equal(3, 4);
        back.CountsByZone.Should().Equal(state.CountsByZone);
        back.StopsByCode.Should().Equal(state.StopsByCode);
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_EnumWithAssociatedValues_IsAnObjectWithOneKeyPerCase_BothDirections(string resolver)
    {
        var running = new SessionState(new TimerCase { Running = new RunningTimer(Eta) }, new LapPayload(2, "fast"));
        var paused = new SessionState(new TimerCase { Paused = new PausedTimer() }, null);

        var runningJson = SwiftOptions.Encode(running, resolver);
        var pausedJson = SwiftOptions.Encode(paused, resolver);

        runningJson.Should().Be("""{"timer":{"running":{"endTime":800980200}},"lap":{"_0":2,"_1":"fast"}}""");
        pausedJson.Should().Be("""{"timer":{"paused":{}}}""");
        SwiftOptions.Decode<SessionState>(runningJson, resolver).Should().Be(running);
        SwiftOptions.Decode<SessionState>(pausedJson, resolver).Timer.Paused.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(SwiftOptions.Both), MemberType = typeof(SwiftOptions))]
    public void Encode_FiniteNumbers_AreJsonNumbers(string resolver)
    {
        SwiftOptions.Encode(new NumberState(12.5, 0.25f), resolver).Should().Be("""{"speed":12.5,"heading":0.25}""");
    }

    [Theory]
    [InlineData(double.NaN, 0f)]
    [InlineData(double.PositiveInfinity, 0f)]
    [InlineData(1.0, float.NegativeInfinity)]
    public void Encode_NaNOrInfinity_ThrowsValidation(double speed, float heading)
    {
        foreach (var resolver in new[] { SwiftOptions.Reflection, SwiftOptions.SourceGenerated })
        {
            var act = () => SwiftOptions.Encode(new NumberState(speed, heading), resolver);

            act.Should().Throw<LiveActivityValidationException>()
                .Where(e => e.ErrorCode == LiveActivityErrorCodes.ValidationFailed && e.Message.Contains("NaN or ±Infinity") && !e.IsSafeToRetry);
        }
    }
}
