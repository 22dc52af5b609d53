// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>A Swift type declaration (or an extension, before it is merged into its type) with its members.</summary>
internal sealed class SwiftTypeDeclaration(SwiftDeclarationKind kind, string name, string file, int line)
{
    public SwiftDeclarationKind Kind { get; } = kind;

    public string Name { get; } = name;

    public string File { get; } = file;

    public int Line { get; } = line;

    public SwiftTypeDeclaration? Parent { get; set; }

    public List<SwiftTypeRef> Inherited { get; } = [];

    public List<SwiftProperty> Properties { get; } = [];

    public List<SwiftEnumCase> Cases { get; } = [];

    public Dictionary<string, SwiftTypeDeclaration> NestedTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SwiftTypeRef> TypeAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets a value indicating whether the type has a hand-written <c>init(from:)</c> or <c>encode(to:)</c>.</summary>
    public bool HasCustomCodable { get; set; }

    public string QualifiedName => Parent is null ? Name : Parent.QualifiedName + "." + Name;

    public string Location => $"{File}:{Line}";

    public bool InheritsFrom(string simpleName) => Inherited.Any(t => t.Kind == SwiftTypeRefKind.Named && t.SimpleName == simpleName);

    /// <summary>Merges an extension's conformances and members into this type.</summary>
    public void Merge(SwiftTypeDeclaration extension)
    {
        Inherited.AddRange(extension.Inherited);
        Properties.AddRange(extension.Properties);
        HasCustomCodable |= extension.HasCustomCodable;
        foreach (var (name, nested) in extension.NestedTypes)
        {
            nested.Parent = this;
            NestedTypes.TryAdd(name, nested);
        }

        foreach (var (name, alias) in extension.TypeAliases)
        {
            TypeAliases.TryAdd(name, alias);
        }
    }
}
