// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>
/// Rules of the content encoding that hold whatever the caller's types (swift-wire-format.md): options made by
/// <see cref="LiveActivityContentEncoding.CreateOptions"/> carry every Swift converter, the shared default is one read-only
/// instance, only an object can be a content state, and every refusal says what was refused and by whom. Options are created
/// inside each test (a static field's initializer would be measured against whichever test ran first).
/// </summary>
public sealed class ContentEncodingRulesTests(ScriptedServer server) : IClassFixture<ScriptedServer>
{
    private static readonly DateTime Placed = new(2001, 1, 1, 0, 1, 40, DateTimeKind.Utc);

    [Fact]
    public void CreateOptions_EncodesDateTimeGuidAndUriAsSwiftDecodesThem()
    {
        var options = LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver());
        var orderId = Guid.Parse("9f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8");

        var dates = LiveActivityContentEncoding.Encode(new DateState(new DateTimeOffset(Placed), Placed), options).ToJsonString();
        var identity = LiveActivityContentEncoding.Encode(new IdentityState(orderId, new Uri("https://example.com/track/1"), [1, 2]), options).ToJsonString();

        dates.Should().Be("""{"eta":100,"placed":100}""", "a DateTime is seconds since 2001-01-01T00:00:00Z, as a DateTimeOffset");
        identity.Should().Be("""{"orderId":"9F1C2A3B-4D5E-6F70-8192-A3B4C5D6E7F8","trackingUrl":"https://example.com/track/1","thumbnail":"AQI="}""");
    }

    [Fact]
    public void CreateOptions_RefusesARelativeUrl()
    {
        var options = LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver());

        var act = () => LiveActivityContentEncoding.Encode(new IdentityState(Guid.Empty, new Uri("track/1", UriKind.Relative), []), options);

        act.Should().Throw<LiveActivityValidationException>().WithMessage("*relative URL \"track/1\"*only absolute URLs are sent*");
    }

    [Fact]
    public void CreateOptions_NullResolver_Throws() =>
        FluentActions.Invoking(() => LiveActivityContentEncoding.CreateOptions(null!)).Should().Throw<ArgumentNullException>().WithParameterName("typeInfoResolver");

    [Fact]
    public void GetActivityType_NullType_Throws() =>
        FluentActions.Invoking(() => LiveActivityContentEncoding.GetActivityType(null!)).Should().Throw<ArgumentNullException>().WithParameterName("attributesType");

    [Fact]
    public void Default_IsOneReadOnlyInstance()
    {
        var first = LiveActivityContentEncoding.Default;

        first.Should().BeSameAs(LiveActivityContentEncoding.Default);
        first.IsReadOnly.Should().BeTrue("the shared options must not be changed by one caller for all");
    }

    [Fact]
    public void Encode_AnArray_IsRefusedAsNotAnObject()
    {
        var act = () => LiveActivityContentEncoding.Encode(new[] { 1, 2 }, LiveActivityContentEncoding.Default);

        act.Should().Throw<LiveActivityValidationException>()
            .WithMessage("content_state must encode to a JSON object (a Swift struct), not an array. (VALIDATION_FAILED, rejected by the client)");
    }

    [Fact]
    public void Encode_AScalar_IsRefusedAsNotAnObject()
    {
        var act = () => LiveActivityContentEncoding.Encode(42, LiveActivityContentEncoding.Default);

        act.Should().Throw<LiveActivityValidationException>()
            .WithMessage("content_state must encode to a JSON object (a Swift struct), not a scalar. (VALIDATION_FAILED, rejected by the client)");
    }

    [Fact]
    public void Encode_TooLarge_NamesTheContentState()
    {
        var act = () => LiveActivityContentEncoding.Encode(new TextState(new string('x', 5000)), LiveActivityContentEncoding.Default);

        act.Should().Throw<LiveActivityValidationException>().WithMessage("content_state encodes to 5,011 bytes; Apple allows at most 4,096.*");
    }

    [Fact]
    public async Task TypedUpdate_Refused_SaysTheClientRefusedItBeforeSendingTheEndpoint()
    {
        var scope = server.CreateScope();
        var sut = scope.CreateClient().ForActivity<DeliveryAttributes, NumberState>(LiveActivityContentEncoding.CreateOptions(ContentTestJsonContext.Default));

        var act = () => sut.UpdateAsync("550e8400-e29b-41d4-a716-446655440000", new NumberState(double.NaN, 0));

        (await act.Should().ThrowAsync<LiveActivityValidationException>()).Which.Message.Should().EndWith("(VALIDATION_FAILED, rejected by the client before sending /update)");
        scope.Requests.Should().BeEmpty();
    }

    [Fact]
    public void ForActivity_OptionsWithOtherConvertersButNotSwifts_AreRefused()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() }, TypeInfoResolver = ContentTestJsonContext.Default };

        var act = () => server.CreateScope().CreateClient().ForActivity<DeliveryAttributes, DeliveryState>(options);

        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*create them with LiveActivityContentEncoding.CreateOptions*");
    }

    [Fact]
    public void AnEnumWhoseMembersShareARawValue_CannotBeEncoded()
    {
        var act = () => LiveActivityContentEncoding.Encode(new SharedRawValueState(SharedRawValue.First), LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver()));

        act.Should().Throw<InvalidOperationException>().WithMessage("Two members of SharedRawValue share the raw value \"same\".");
    }

    [Fact]
    public void Decoding_AnUndeclaredEnumValue_ListsTheRawValues()
    {
        var act = () => JsonSerializer.Deserialize<DeliveryState>("""{"status":"lost","etaMinutes":1}""", LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver()));

        act.Should().Throw<JsonException>().WithMessage("Expected one of the raw values of DeliveryStatus: pickup, in_transit, out_for_delivery, delivered.*");
    }

    [Theory]
    [InlineData("""{"eta":"2026-01-01T00:00:00Z","placed":0}""", "Expected a date as a JSON number.*")]
    [InlineData("""{"eta":1e300,"placed":0}""", "The date is out of range.*")]
    [InlineData("""{"eta":-1e300,"placed":0}""", "The date is out of range.*")]
    [InlineData("""{"eta":3.2e11,"placed":0}""", "The date is out of range.*")]
    public void Decoding_ADateSwiftCouldNotHaveWritten_IsAJsonException(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<DateState>(json, LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver()));

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void Decoding_AnIsoDateThatIsNotAString_IsAJsonException()
    {
        var act = () => JsonSerializer.Deserialize<OptInDateState>("""{"iso":5}""", LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver()));

        act.Should().Throw<JsonException>().WithMessage("Expected an ISO 8601 date string.*");
    }

    [Theory]
    [InlineData("""{"orderId":"not-a-uuid","trackingUrl":"https://example.com","thumbnail":""}""", "Expected a UUID string (8-4-4-4-12 hex digits).*")]
    [InlineData("""{"orderId":"9F1C2A3B-4D5E-6F70-8192-A3B4C5D6E7F8","trackingUrl":"track/1","thumbnail":""}""", "Expected an absolute URL string.*")]
    public void Decoding_AnIdentitySwiftCouldNotHaveWritten_IsAJsonException(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<IdentityState>(json, LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver()));

        act.Should().Throw<JsonException>().WithMessage(message);
    }
}
