// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Reflection;
using System.Text;

namespace Insider.LiveActivity.Contracts.Tests;

/// <summary>
/// Public types are sealed (or enums) in one namespace, and the public surface is checked in as
/// api/Insider.LiveActivity.Contracts.txt. After an intended change, copy the .received file over the baseline.
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly Assembly = typeof(SwiftContract).Assembly;

    [Fact]
    public void PublicTypes_AreSealedOrEnums_InTheContractsNamespace()
    {
        var types = Assembly.GetExportedTypes();

        types.Should().OnlyContain(t => t.IsEnum || t.IsSealed);
        types.Select(t => t.Namespace).Should().OnlyContain(n => n == "Insider.LiveActivity.Contracts");
    }

    [Fact]
    public void PublicSurface_MatchesTheCheckedInBaseline()
    {
        var actual = Describe();
        var baselinePath = Path.Combine(RepositoryRoot(), "api", "Insider.LiveActivity.Contracts.txt");
        var expected = File.Exists(baselinePath) ? File.ReadAllText(baselinePath).ReplaceLineEndings("\n") : string.Empty;

        if (actual != expected)
        {
            File.WriteAllText(baselinePath + ".received", actual);
        }

        actual.Should().Be(expected, "the public API changed; review {0}.received and copy it over the baseline if intended", baselinePath);
    }

    private static string Describe()
    {
        var lines = new List<string>();
        foreach (var type in Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsSealed ? "sealed class" : "class";
            lines.Add($"{kind} {type.FullName}");
            lines.AddRange(type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !m.Name.StartsWith('<'))
                .Select(m => "  " + m.MemberType + " " + m)
                .OrderBy(s => s, StringComparer.Ordinal));
        }

        return new StringBuilder().AppendJoin('\n', lines).Append('\n').ToString();
    }

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
