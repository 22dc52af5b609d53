// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests;

public sealed class SwiftContractTests
{
    [Fact]
    public void Load_NoPaths_ThrowsArgumentException()
    {
        var act = () => SwiftContract.Load();

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFoundWithThePath()
    {
        var act = () => SwiftContract.Load("/nonexistent/Attributes.swift");

        act.Should().Throw<FileNotFoundException>().Which.FileName.Should().Be("/nonexistent/Attributes.swift");
    }

    [Fact]
    public void Load_SeveralFiles_ReadsThemAsOneModule()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "SplitAcrossFiles");

        var contract = SwiftContract.Load(Directory.GetFiles(directory, "*.swift"));

        contract.FindActivityType("OrderAttributes").Should().NotBeNull();
        contract.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        var act = () => SwiftContract.Parse(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FindActivityType_IsCaseSensitive()
    {
        var contract = SwiftContract.Parse("struct AAttributes: ActivityAttributes { struct ContentState: Codable, Hashable {} }");

        contract.FindActivityType("AAttributes").Should().NotBeNull();
        contract.FindActivityType("aAttributes").Should().BeNull();
    }

    [Fact]
    public void Check_NoActivityTypesAtAll_SaysSo()
    {
        var report = SwiftContract.Parse("struct Plain {}").Check("X", []);

        report.Problems.Single().Message.Should().Contain("They declare none at all");
    }

    [Fact]
    public void Report_ToString_ListsVerdictAndProblems()
    {
        var report = new ContractReport([new ContractProblem("content_state.a", ContractProblemKind.ExtraKey, ContractSeverity.Warning, "m")]);

        report.IsCompatible.Should().BeTrue();
        report.ToString().Should().Be("compatible" + Environment.NewLine + "Warning ExtraKey at content_state.a: m");
    }
}
