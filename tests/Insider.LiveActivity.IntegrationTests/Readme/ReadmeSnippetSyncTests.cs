// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.RegularExpressions;

namespace Insider.LiveActivity.IntegrationTests.Readme;

/// <summary>Every <c>#region Snippet:…</c> compiled in this folder appears in the root README as it is (less its indentation).</summary>
public sealed class ReadmeSnippetSyncTests
{
    [Fact]
    public void EverySnippetRegion_IsQuotedInTheReadme_Verbatim()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var snippets = Directory.EnumerateFiles(Path.Combine(root, "tests", "Insider.LiveActivity.IntegrationTests", "Readme"), "*.cs")
            .SelectMany(file => Regex.Matches(File.ReadAllText(file).ReplaceLineEndings("\n"), @"#region Snippet:(?<name>\w+)\n(?<body>.*?)\n[ \t]*#endregion", RegexOptions.Singleline))
            .Select(match => (Name: match.Groups["name"].Value, Text: Dedent(match.Groups["body"].Value)))
            .ToList();

        snippets.Select(snippet => snippet.Name).Should().Contain(["QuickStart", "TestingYourIntegration", "TypedContractCalls", "TypedContractTest", "EmulatorFlagsAPush", "TypedContractAotContext"]);
        snippets.Where(snippet => !readme.Contains(snippet.Text, StringComparison.Ordinal)).Select(snippet => snippet.Name)
            .Should().BeEmpty("the README quotes the compiled snippets as they are");
    }

    private static string Dedent(string body)
    {
        var lines = body.Split('\n');
        var indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Insider.LiveActivity.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Insider.LiveActivity.sln not found above " + AppContext.BaseDirectory);
    }
}
