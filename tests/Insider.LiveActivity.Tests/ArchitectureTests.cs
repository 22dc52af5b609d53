// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;

using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>The layout rules of docs/architecture.md: rooms by concern, and a map whose every file exists.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void ArchitectureDoc_EveryFileItNames_Exists()
    {
        var root = RepositoryPaths.Root();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "architecture.md"));
        var named = Regex.Matches(doc, @"`(?<path>[A-Za-z0-9_./]+\.cs)`").Select(m => m.Groups["path"].Value).Distinct().ToList();

        named.Should().NotBeEmpty("the map names the file at each step of a call");
        var missing = named
            .Where(path => !File.Exists(Path.Combine(root, path)) && !File.Exists(Path.Combine(root, "src", "Insider.LiveActivity", path)))
            .ToList();
        missing.Should().BeEmpty("every file docs/architecture.md names must exist (paths from the repository root or from src/Insider.LiveActivity)");
    }

    [Fact]
    public void Sources_HaveNoCatchAllInternalFolder()
    {
        var root = RepositoryPaths.Root();
        var internalFolders = Directory.GetDirectories(Path.Combine(root, "src"), "Internal", SearchOption.AllDirectories)
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        internalFolders.Should().BeEmpty("files are grouped by concern; the internal keyword carries visibility");
    }
}
