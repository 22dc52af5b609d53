// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;
using Insider.LiveActivity.Tests.Infrastructure;

namespace Insider.LiveActivity.Tests;

/// <summary>The READMEs packed into the packages read well on the package page: no link that only resolves inside the repository.</summary>
public sealed class PackageReadmeTests
{
    [Theory]
    [InlineData("README.md")]                                      // packed into Insider.LiveActivity
    [InlineData("src/Insider.LiveActivity.Testing/README.md")]     // packed into Insider.LiveActivity.Testing
    public void PackageReadme_HasNoRepositoryRelativeLinks(string path)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root(), path));

        RelativeLinks(text).Should().BeEmpty("a relative link is broken on the package page");
    }

    [Theory]
    [InlineData("see [its README](src/Insider.LiveActivity.Testing/README.md).")]
    [InlineData("![logo](docs/logo.png)")]
    [InlineData("[license]: LICENSE")]
    [InlineData("<a href=\"docs/benchmarks.md\">benchmarks</a>")]
    public void RelativeLinks_FindsEveryKindOfRelativeLink(string markdown) =>
        RelativeLinks(markdown).Should().ContainSingle();

    private static IEnumerable<string> RelativeLinks(string markdown) =>
        Regex.Matches(markdown, @"\]\((?<target>[^)\s]+)[^)]*\)|^\s*\[[^\]]+\]:\s*(?<target>\S+)|(?:href|src)=""(?<target>[^""]+)""", RegexOptions.Multiline)
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal));
}
