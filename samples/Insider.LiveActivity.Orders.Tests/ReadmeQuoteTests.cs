// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Orders.Tests;

/// <summary>The README quotes the customer test of the full flow verbatim, and it fits in 15 lines.</summary>
public sealed class ReadmeQuoteTests
{
    private const string TestName = "Order_DispatchedInTransitDelivered_PushesStartUpdateEnd";

    [Fact]
    public void FullFlowTest_FitsIn15Lines_AndTheReadmeQuotesItVerbatim()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllLines(Path.Combine(root, "samples", "Insider.LiveActivity.Orders.Tests", "OrderLiveActivityTests.cs"));
        var first = Array.FindIndex(source, line => line.Contains("[Fact]", StringComparison.Ordinal)
            && source[Array.IndexOf(source, line) + 1].Contains(TestName, StringComparison.Ordinal));
        var last = Array.FindIndex(source, first, line => line == "    }");
        var method = source[first..(last + 1)].Select(line => line.Length >= 4 ? line[4..] : line).ToArray();

        method.Length.Should().BeLessThanOrEqualTo(15, "a customer test of the full flow fits in 15 lines, attribute and braces included");
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        readme.Should().Contain(string.Join('\n', method), "the README quotes the sample's test as it is");
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
