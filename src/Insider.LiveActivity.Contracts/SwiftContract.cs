// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>
/// The iOS app's Live Activity contract, read from its Swift sources: every <c>ActivityAttributes</c> type with its attributes and
/// <c>ContentState</c>. Check C# types (<see cref="Check{TAttributes, TState}(string, System.Text.Json.JsonSerializerOptions)"/>) or raw
/// payloads (<see cref="Check(string, System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonObject?)"/>) against it the way the
/// device decodes them. Reading never throws on Swift it does not understand: see <see cref="Problems"/>.
/// </summary>
public sealed partial class SwiftContract
{
    private readonly SwiftModule _module;

    private SwiftContract(SwiftModule module)
    {
        _module = module;
        ActivityTypes = SwiftActivityTypeReader.Read(module).AsReadOnly();
        Problems = module.Problems.AsReadOnly();
    }

    /// <summary>Gets the <c>ActivityAttributes</c> types found, in declaration order (outer types first).</summary>
    public IReadOnlyList<SwiftActivityType> ActivityTypes { get; }

    /// <summary>Gets what the reader could not understand (skipped declarations, an activity type without <c>ContentState</c>); all warnings.</summary>
    public IReadOnlyList<ContractProblem> Problems { get; }

    /// <summary>Reads a contract from one Swift source text.</summary>
    /// <param name="swiftSource">The Swift source: one file's content, or several concatenated.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="swiftSource"/> is <see langword="null"/>.</exception>
    public static SwiftContract Parse(string swiftSource)
    {
        ArgumentNullException.ThrowIfNull(swiftSource);
        return FromSources([("<source>", swiftSource)]);
    }

    /// <summary>
    /// Reads a contract from Swift files; types may be declared across several files (an enum used by the content state in
    /// another file, an extension adding the conformance). A directory stands for every <c>*.swift</c> file below it.
    /// </summary>
    /// <param name="paths">Files or directories.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentException">Thrown when no path is given, or a path is empty.</exception>
    /// <exception cref="FileNotFoundException">Thrown when a path is neither a file nor a directory.</exception>
    public static SwiftContract Load(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Length == 0)
        {
            throw new ArgumentException("Give at least one Swift file or directory.", nameof(paths));
        }

        var sources = new List<(string, string)>();
        foreach (var path in paths)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path, nameof(paths));
            if (Directory.Exists(path))
            {
                sources.AddRange(Directory.EnumerateFiles(path, "*.swift", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
            }
            else if (File.Exists(path))
            {
                sources.Add((Path.GetFileName(path), File.ReadAllText(path)));
            }
            else
            {
                throw new FileNotFoundException($"The Swift file or directory '{path}' does not exist.", path);
            }
        }

        return FromSources(sources);
    }

    /// <summary>Finds an activity type by its exact (case-sensitive) name.</summary>
    /// <param name="activityType">The <c>activity_type</c>.</param>
    /// <returns>The activity type, or <see langword="null"/> when the sources declare none with this name.</returns>
    public SwiftActivityType? FindActivityType(string activityType) =>
        ActivityTypes.FirstOrDefault(t => string.Equals(t.Name, activityType, StringComparison.Ordinal));

    private static SwiftContract FromSources(IEnumerable<(string File, string Source)> sources)
    {
        var module = new SwiftModule();
        foreach (var (file, source) in sources)
        {
            SwiftParser.ParseInto(module, source, file);
        }

        module.MergeExtensions();
        return new SwiftContract(module);
    }

    private ContractProblem? UnknownActivityType(string activityType)
    {
        if (FindActivityType(activityType) is not null)
        {
            return null;
        }

        var known = ActivityTypes.Select(t => t.Name).ToList();
        var message = $"The Swift sources declare no ActivityAttributes type named \"{activityType}\" (names are case-sensitive).";
        message += NearMiss.Find(activityType, known) is { } near
            ? $" Did you mean \"{near}\"?"
            : known.Count == 0 ? " They declare none at all." : $" Known: {string.Join(", ", known)}.";
        return new ContractProblem("activity_type", ContractProblemKind.UnknownActivityType, ContractSeverity.Error, message);
    }
}
