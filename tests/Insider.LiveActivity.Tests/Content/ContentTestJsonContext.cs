// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization;

namespace Insider.LiveActivity.Tests.Content;

/// <summary>
/// A caller's source-generated context, left at .NET's defaults (PascalCase names, numeric enums, ISO dates, nulls written): the
/// Swift-Codable options built over it must still encode as Swift expects.
/// </summary>
[JsonSerializable(typeof(DeliveryAttributes))]
[JsonSerializable(typeof(DeliveryState))]
[JsonSerializable(typeof(MatchAttributes))]
[JsonSerializable(typeof(MatchState))]
[JsonSerializable(typeof(WorkoutActivityAttributes))]
[JsonSerializable(typeof(WorkoutState))]
[JsonSerializable(typeof(CodingKeysState))]
[JsonSerializable(typeof(EnumState))]
[JsonSerializable(typeof(IssueDeliveryState))]
[JsonSerializable(typeof(DateState))]
[JsonSerializable(typeof(OptionalDateState))]
[JsonSerializable(typeof(OptInDateState))]
[JsonSerializable(typeof(OptionalState))]
[JsonSerializable(typeof(IdentityState))]
[JsonSerializable(typeof(RouteState))]
[JsonSerializable(typeof(NumberState))]
[JsonSerializable(typeof(TextState))]
[JsonSerializable(typeof(SessionState))]
[JsonSerializable(typeof(int))]
internal sealed partial class ContentTestJsonContext : JsonSerializerContext;
