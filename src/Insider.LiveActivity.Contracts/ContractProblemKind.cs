// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>What a <see cref="ContractProblem"/> is about.</summary>
public enum ContractProblemKind
{
    /// <summary>No Swift <c>ActivityAttributes</c> type has this name (names are case-sensitive).</summary>
    UnknownActivityType,

    /// <summary>The activity type declares no <c>ContentState</c> the reader could find.</summary>
    MissingContentState,

    /// <summary>A key the Swift type requires (a non-optional stored property) is missing.</summary>
    MissingRequiredKey,

    /// <summary>The JSON value (or the C# type) does not decode into the Swift type.</summary>
    TypeMismatch,

    /// <summary>An enum value that is not among the Swift enum's raw values (or cases).</summary>
    InvalidEnumValue,

    /// <summary><c>null</c> (or a nullable C# member) for a non-optional Swift property.</summary>
    NullForNonOptional,

    /// <summary><c>null</c> for an optional Swift property: decodable, but omit the key instead.</summary>
    NullForOptional,

    /// <summary>A key the Swift type does not declare: ignored by the device, usually a typo.</summary>
    ExtraKey,

    /// <summary>The encoded content state (or the whole push) is larger than 4 KB.</summary>
    PayloadTooLarge,

    /// <summary>The Swift type decodes itself (<c>init(from:)</c> / <c>encode(to:)</c>): its shape cannot be checked.</summary>
    CustomCodable,

    /// <summary>A type the Swift sources use but do not declare, or a C# custom converter: the value was not checked.</summary>
    Unverifiable,

    /// <summary>The Swift reader met a declaration it could not understand and skipped it.</summary>
    UnreadableSwift,

    /// <summary>Nothing was checked (for example, an emulator without an app contract).</summary>
    NotChecked,
}
