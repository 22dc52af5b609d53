// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>
/// A Swift type that conforms to <c>ActivityAttributes</c> (directly or through a refining protocol such as the vendor's
/// <c>InsiderLiveActivitiesAttributes</c>): its name is the API's <c>activity_type</c>.
/// </summary>
public sealed class SwiftActivityType
{
    internal SwiftActivityType(SwiftTypeDeclaration declaration, IReadOnlyList<SwiftField> attributes, SwiftTypeDeclaration? contentState, IReadOnlyList<SwiftField> contentStateFields, IReadOnlyCollection<string> vendorKeys)
    {
        Declaration = declaration;
        Name = declaration.Name;
        Attributes = attributes;
        ContentStateDeclaration = contentState;
        ContentState = contentStateFields;
        VendorKeys = vendorKeys;
    }

    /// <summary>Gets the type name, which is the <c>activity_type</c> (case-sensitive).</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the static attributes: the type's stored instance properties that the device decodes from <c>attributes</c>
    /// on start. A vendor-filled field (<c>insiderLiveActivityId</c> of <c>InsiderLiveActivitiesAttributes</c>) is not listed.
    /// </summary>
    public IReadOnlyList<SwiftField> Attributes { get; }

    /// <summary>Gets the fields of the <c>ContentState</c> (a nested struct or a <c>typealias ContentState = …</c>), decoded from <c>content_state</c>; empty when none was found.</summary>
    public IReadOnlyList<SwiftField> ContentState { get; }

    internal SwiftTypeDeclaration Declaration { get; }

    internal SwiftTypeDeclaration? ContentStateDeclaration { get; }

    /// <summary>Gets the attribute keys the vendor's SDK fills on the device; the backend need not send them.</summary>
    internal IReadOnlyCollection<string> VendorKeys { get; }

    /// <summary>Returns the type name.</summary>
    /// <returns>The activity type.</returns>
    public override string ToString() => Name;
}
