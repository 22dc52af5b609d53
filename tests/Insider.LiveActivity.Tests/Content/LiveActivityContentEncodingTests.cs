// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>The public seam: options, activity-type names and <see cref="LiveActivityContentEncoding.Encode{T}"/>.</summary>
public sealed class LiveActivityContentEncodingTests
{
    [Fact]
    public void GetActivityType_WithoutAttribute_IsTheTypeName()
    {
        LiveActivityContentEncoding.GetActivityType<DeliveryState>().Should().Be("DeliveryState");
    }

    [Fact]
    public void GetActivityType_WithAttribute_IsTheAttributesName()
    {
        LiveActivityContentEncoding.GetActivityType(typeof(DeliveryAttributes)).Should().Be("DeliveryActivityAttributes");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void LiveActivityTypeAttribute_BlankName_Throws(string name)
    {
        var act = () => new LiveActivityTypeAttribute(name);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Encode_ScalarRoot_ThrowsValidation()
    {
        var act = () => LiveActivityContentEncoding.Encode(42, SwiftOptions.For(SwiftOptions.SourceGenerated));

        act.Should().Throw<LiveActivityValidationException>().Where(e => e.ErrorCode == LiveActivityErrorCodes.ValidationFailed && e.Message.Contains("JSON object"));
    }

    [Fact]
    public void Encode_NullArguments_Throw()
    {
        var options = SwiftOptions.For(SwiftOptions.SourceGenerated);

        FluentActions.Invoking(() => LiveActivityContentEncoding.Encode<DeliveryState>(null!, options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LiveActivityContentEncoding.Encode(new DeliveryState(DeliveryStatus.Pickup, 1), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LiveActivityContentEncoding.CreateOptions(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void CreateOptions_OverAContextWithDotNetDefaults_ReportsSwiftNamesInItsContract()
    {
        var options = LiveActivityContentEncoding.CreateOptions(ContentTestJsonContext.Default);

        var names = options.GetTypeInfo(typeof(MatchState)).Properties.Select(p => p.Name);

        names.Should().Equal("homeScore", "awayScore", "period", "minute");
    }

    [Fact]
    public void CreateOptions_ContextAlone_WouldSendDotNetDefaults()
    {
        // The failure the issue describes, with the same context: proves the Swift options (not the context) make the difference.
        var json = JsonSerializer.Serialize(new DeliveryState(DeliveryStatus.InTransit, 30), ContentTestJsonContext.Default.DeliveryState);

        json.Should().Be("""{"Status":1,"EtaMinutes":30}""");
    }

    [Fact]
    public void Default_IsReadOnlyAndShared()
    {
        LiveActivityContentEncoding.Default.IsReadOnly.Should().BeTrue();
        LiveActivityContentEncoding.Default.Should().BeSameAs(LiveActivityContentEncoding.Default);
        LiveActivityContentEncoding.Default.TypeInfoResolver.Should().NotBeNull();
    }

    [Fact]
    public void CreateOptions_CanTakeMoreConvertersBeforeFirstUse()
    {
        var options = LiveActivityContentEncoding.CreateOptions(new DefaultJsonTypeInfoResolver());

        options.IsReadOnly.Should().BeFalse();
        options.Converters.Should().Contain(c => c is LiveActivityDateTimeOffsetConverter);
    }
}
