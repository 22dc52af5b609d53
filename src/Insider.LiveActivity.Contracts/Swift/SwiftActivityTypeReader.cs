// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>Finds the <c>ActivityAttributes</c> types of a module and reads their attributes and <c>ContentState</c>.</summary>
internal static class SwiftActivityTypeReader
{
    public const string ActivityAttributes = "ActivityAttributes";

    /// <summary>The vendor's protocol (from its SDK, usually not in the app's sources); it refines <c>ActivityAttributes</c>.</summary>
    public const string VendorProtocol = "InsiderLiveActivitiesAttributes";

    /// <summary>The field <see cref="VendorProtocol"/> requires; the vendor's SDK fills it on the device.</summary>
    public const string VendorIdField = "insiderLiveActivityId";

    public static List<SwiftActivityType> Read(SwiftModule module)
    {
        var result = new List<SwiftActivityType>();
        foreach (var declaration in module.AllTypes())
        {
            if (declaration.Kind is SwiftDeclarationKind.Protocol or SwiftDeclarationKind.Enum
                || !Conforms(module, declaration.Inherited, ActivityAttributes, []))
            {
                continue;
            }

            var vendor = Conforms(module, declaration.Inherited, VendorProtocol, []);
            var vendorKeys = vendor ? new[] { VendorIdField } : [];
            var attributes = SwiftFieldReader.DecodedFields(declaration).Where(f => !vendorKeys.Contains(f.Name)).ToList();
            var contentState = FindContentState(module, declaration);
            if (contentState is null)
            {
                module.Problems.Add(new ContractProblem(
                    declaration.Location,
                    ContractProblemKind.MissingContentState,
                    ContractSeverity.Warning,
                    $"'{declaration.Name}' conforms to ActivityAttributes but no ContentState was found (a nested 'struct ContentState' or 'typealias ContentState = …'); load the file that declares it."));
            }

            var stateFields = contentState is null ? [] : SwiftFieldReader.DecodedFields(contentState);
            result.Add(new SwiftActivityType(declaration, attributes, contentState, stateFields, vendorKeys));
        }

        return result;
    }

    private static SwiftTypeDeclaration? FindContentState(SwiftModule module, SwiftTypeDeclaration declaration)
    {
        if (declaration.NestedTypes.TryGetValue("ContentState", out var nested))
        {
            return nested;
        }

        var alias = module.FindAlias("ContentState", declaration);
        return alias is { Target.Kind: SwiftTypeRefKind.Named } found ? module.Find(found.Target.Name, found.Scope) : null;
    }

    /// <summary>Whether a conformance list reaches <paramref name="protocol"/>, directly or through protocols declared in the sources.</summary>
    private static bool Conforms(SwiftModule module, List<SwiftTypeRef> inherited, string protocol, HashSet<string> visited)
    {
        foreach (var type in inherited.Where(t => t.Kind == SwiftTypeRefKind.Named))
        {
            var name = type.SimpleName;
            if (name == protocol || (protocol == ActivityAttributes && name == VendorProtocol))
            {
                return true;
            }

            if (visited.Add(name) && module.Find(type.Name, null) is { Kind: SwiftDeclarationKind.Protocol } refined
                && Conforms(module, refined.Inherited, protocol, visited))
            {
                return true;
            }
        }

        return false;
    }
}
