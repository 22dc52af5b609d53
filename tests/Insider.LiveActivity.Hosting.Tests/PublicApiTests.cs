// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Reflection;
using System.Text;

namespace Insider.LiveActivity.Hosting.Tests;

/// <summary>
/// The public surface of Insider.LiveActivity.Hosting is checked in as api/Insider.LiveActivity.Hosting.txt: a change to it shows up in review.
/// After an intended change, copy the .received file the failing test writes over the baseline.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheCheckedInBaseline()
    {
        var actual = Describe(typeof(LiveActivityOrchestrator).Assembly);
        var baselinePath = Path.Combine(RepositoryRoot(), "api", "Insider.LiveActivity.Hosting.txt");
        var expected = File.Exists(baselinePath) ? File.ReadAllText(baselinePath).ReplaceLineEndings("\n") : string.Empty;

        if (actual != expected)
        {
            File.WriteAllText(baselinePath + ".received", actual);
        }

        actual.Should().Be(expected, "the public API changed; review {0}.received and copy it over the baseline if intended", baselinePath);
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
            var baseType = type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) ? " : " + b.FullName : string.Empty;
            lines.Add($"{kind} {type.FullName}{baseType}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => IsVisible(m) && !m.Name.StartsWith('<')) // compiler-generated (a record's <Clone>$ differs where covariant returns are missing)
                .Select(m => "  " + m.MemberType + " " + m)
                .OrderBy(s => s, StringComparer.Ordinal);
            lines.AddRange(members);
        }

        return new StringBuilder().AppendJoin('\n', lines).Append('\n').ToString();
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !(method.IsSpecialName && method is MethodInfo && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal))),
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily,
        _ => false,
    };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Insider.LiveActivity.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Insider.LiveActivity.sln) was not found above " + AppContext.BaseDirectory);
    }
}
