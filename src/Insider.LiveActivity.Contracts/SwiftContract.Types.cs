// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;

namespace Insider.LiveActivity.Contracts;

/// <content>Comparing C# content types, as the client encodes them, with the Swift types.</content>
public sealed partial class SwiftContract
{
    /// <summary>
    /// Compares the C# pair, as <paramref name="options"/> encode it, with the Swift activity type of that name: every required
    /// Swift key has a C# member encoded under it, nullability matches optionality, member types decode into the Swift types,
    /// enum members encode to Swift raw values, and dates are written as seconds since 2001 (probed through the date converter).
    /// </summary>
    /// <typeparam name="TAttributes">The C# type sent as <c>attributes</c> on start.</typeparam>
    /// <typeparam name="TState">The C# type sent as <c>content_state</c>.</typeparam>
    /// <param name="activityType">The <c>activity_type</c>: the Swift type name, case-sensitive.</param>
    /// <param name="options">The serializer options the client encodes content with (naming policy, converters, resolver); without a resolver, the reflection-based default is used.</param>
    /// <returns>The verdict with every problem found.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public ContractReport Check<TAttributes, TState>(string activityType, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        ArgumentNullException.ThrowIfNull(options);
        if (UnknownActivityType(activityType) is { } unknown)
        {
            return new ContractReport([unknown]);
        }

        var type = FindActivityType(activityType)!;
        if (options.TypeInfoResolver is null)
        {
            // Plain options (no resolver yet): use the reflection resolver on a copy, leaving the caller's options unlocked.
            options = new JsonSerializerOptions(options);
            options.MakeReadOnly(populateMissingResolver: true);
        }

        var checker = new TypeChecker(_module, options);
        if (type.ContentStateDeclaration is not { } state)
        {
            checker.Error("content_state", ContractProblemKind.MissingContentState, $"'{type.Name}' has no ContentState the reader could find; load the file that declares it.");
        }
        else if (!WarnIfCustom(checker, state, "content_state"))
        {
            checker.CheckObject(typeof(TState), type.ContentState, "content_state", []);
        }

        if (!WarnIfCustom(checker, type.Declaration, "attributes"))
        {
            checker.CheckObject(typeof(TAttributes), type.Attributes, "attributes", type.VendorKeys);
        }

        return new ContractReport(checker.Problems);
    }

    private static bool WarnIfCustom(TypeChecker checker, SwiftTypeDeclaration declaration, string path)
    {
        if (declaration.HasCustomCodable)
        {
            checker.Warn(path, ContractProblemKind.CustomCodable, $"Swift '{declaration.QualifiedName}' ({declaration.Location}) decodes itself with a hand-written init(from:)/encode(to:); its shape cannot be checked from the declarations.");
        }

        return declaration.HasCustomCodable;
    }
}
