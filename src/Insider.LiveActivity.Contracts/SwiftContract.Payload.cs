// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Contracts;

/// <content>Judging a raw payload as the device would.</content>
public sealed partial class SwiftContract
{
    /// <summary>The most bytes an encoded <c>ContentState</c> may take (ActivityKit: "can't exceed 4KB").</summary>
    public const int MaxContentStateBytes = 4096;

    /// <summary>
    /// Judges a raw payload as the device would decode it with <c>JSONDecoder</c> at its default strategies: the activity type,
    /// every key and value of <paramref name="contentState"/> against the Swift <c>ContentState</c>, its encoded size, and,
    /// when given (a start), <paramref name="attributes"/> against the type's stored properties.
    /// </summary>
    /// <param name="activityType">The <c>activity_type</c>: the Swift type name, case-sensitive.</param>
    /// <param name="contentState">The <c>content_state</c> object.</param>
    /// <param name="attributes">The start's <c>attributes</c> object, or <see langword="null"/> to skip them (updates and ends carry none).</param>
    /// <returns>The verdict with every problem found.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="activityType"/> or <paramref name="contentState"/> is <see langword="null"/>.</exception>
    public ContractReport Check(string activityType, JsonObject contentState, JsonObject? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        ArgumentNullException.ThrowIfNull(contentState);
        if (UnknownActivityType(activityType) is { } unknown)
        {
            return new ContractReport([unknown]);
        }

        var type = FindActivityType(activityType)!;
        var checker = new PayloadChecker(_module);
        var size = Encoding.UTF8.GetByteCount(contentState.ToJsonString());
        if (size > MaxContentStateBytes)
        {
            checker.Error("content_state", ContractProblemKind.PayloadTooLarge, $"The encoded content state is {size:N0} bytes; ActivityKit accepts at most {MaxContentStateBytes:N0} (4 KB). Send less (shorter strings, fewer items).");
        }

        CheckDeclaration(checker, type.ContentStateDeclaration, type.ContentState, contentState, "content_state", [], type);
        if (attributes is not null)
        {
            CheckDeclaration(checker, type.Declaration, type.Attributes, attributes, "attributes", type.VendorKeys, type);
        }

        return new ContractReport(checker.Problems);
    }

    private static void CheckDeclaration(PayloadChecker checker, SwiftTypeDeclaration? declaration, IReadOnlyList<SwiftField> fields, JsonObject json, string path, IReadOnlyCollection<string> tolerated, SwiftActivityType type)
    {
        if (declaration is null)
        {
            checker.Error(path, ContractProblemKind.MissingContentState, $"'{type.Name}' has no ContentState the reader could find (a nested 'struct ContentState' or 'typealias ContentState = …'); load the file that declares it.");
        }
        else if (declaration.HasCustomCodable)
        {
            checker.Warn(path, ContractProblemKind.CustomCodable, $"Swift '{declaration.QualifiedName}' ({declaration.Location}) decodes itself with a hand-written init(from:)/encode(to:); its shape cannot be checked from the declarations. Test it on a device.");
        }
        else
        {
            checker.CheckObject(fields, json, path, tolerated);
        }
    }
}
