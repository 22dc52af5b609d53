// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>One associated value of an enum case: <c>case running(endTime: Date)</c> has label <c>endTime</c>.</summary>
internal sealed record SwiftAssociatedValue(string? Label, SwiftTypeRef Type);

/// <summary>An enum case: its name, explicit raw value literal (if any) and associated values.</summary>
internal sealed record SwiftEnumCase(string Name, string? RawValue, bool RawValueIsString, IReadOnlyList<SwiftAssociatedValue> AssociatedValues);
