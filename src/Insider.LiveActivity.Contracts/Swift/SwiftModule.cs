// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>Every declaration read from a set of Swift files, with name lookup the way Swift scopes it.</summary>
internal sealed class SwiftModule
{
    public Dictionary<string, SwiftTypeDeclaration> TopLevel { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SwiftTypeRef> Aliases { get; } = new(StringComparer.Ordinal);

    public List<SwiftTypeDeclaration> Extensions { get; } = [];

    public List<ContractProblem> Problems { get; } = [];

    public void Report(string file, int line, string message) =>
        Problems.Add(new ContractProblem($"{file}:{line}", ContractProblemKind.UnreadableSwift, ContractSeverity.Warning, message));

    /// <summary>Adds a top-level type; a second declaration of the same name (e.g. in another <c>#if</c> branch) keeps the first.</summary>
    public void AddTopLevel(SwiftTypeDeclaration declaration) => TopLevel.TryAdd(declaration.Name, declaration);

    /// <summary>Merges every extension into the type it extends; extensions of types not in the sources (e.g. <c>Date</c>) are dropped.</summary>
    public void MergeExtensions()
    {
        foreach (var extension in Extensions)
        {
            if (Find(extension.Name, null) is { } target && target != extension)
            {
                target.Merge(extension);
            }
        }

        Extensions.Clear();
    }

    /// <summary>All type declarations, nested ones included, outermost first.</summary>
    public IEnumerable<SwiftTypeDeclaration> AllTypes()
    {
        var pending = new Queue<SwiftTypeDeclaration>(TopLevel.Values);
        while (pending.TryDequeue(out var declaration))
        {
            yield return declaration;
            foreach (var nested in declaration.NestedTypes.Values)
            {
                pending.Enqueue(nested);
            }
        }
    }

    /// <summary>Finds a (possibly dotted) type name as seen from inside <paramref name="scope"/>: nested types outward, then top level.</summary>
    public SwiftTypeDeclaration? Find(string dottedName, SwiftTypeDeclaration? scope)
    {
        var parts = dottedName.Split('.');
        var start = parts.Length > 1 && parts[0] is "Swift" or "Foundation" or "ActivityKit" ? 1 : 0;
        var current = FindFirst(parts[start], scope);
        for (var i = start + 1; current is not null && i < parts.Length; i++)
        {
            current = current.NestedTypes.GetValueOrDefault(parts[i]);
        }

        return current;
    }

    /// <summary>Finds a single-name type alias visible from <paramref name="scope"/>, with the scope its target is written in.</summary>
    public (SwiftTypeRef Target, SwiftTypeDeclaration? Scope)? FindAlias(string name, SwiftTypeDeclaration? scope)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.TypeAliases.TryGetValue(name, out var target))
            {
                return (target, s);
            }
        }

        return Aliases.TryGetValue(name, out var topLevel) ? (topLevel, null) : null;
    }

    private SwiftTypeDeclaration? FindFirst(string name, SwiftTypeDeclaration? scope)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Name == name)
            {
                return s;
            }

            if (s.NestedTypes.TryGetValue(name, out var nested))
            {
                return nested;
            }
        }

        return TopLevel.GetValueOrDefault(name);
    }
}
