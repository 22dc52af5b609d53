// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// A function-like member (<c>func</c>, <c>init</c>, <c>subscript</c>, ...) is skipped with its signature and body. Its
/// signature may span lines (parameters, attributes, a return type, a <c>where</c> clause) up to the body's <c>{</c>; a
/// requirement without a body ends before the <c>}</c> closing its type or where a new line starts another declaration
/// (a declaration word, a modifier, an attribute or a directive), so that declaration is still read.
/// </summary>
public sealed class SkippingFunctionRulesTests
{
    private static SwiftModule Read(string source)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, source, "Function.swift");
        return module;
    }

    private static string Problems(SwiftModule module) => string.Join(" | ", module.Problems.Select(p => $"{p.Path}: {p.Message}"));

    private static string[] Names(SwiftModule module, string type) => [.. module.TopLevel[type].Properties.Select(p => p.Name)];

    [Theory]
    [InlineData("var next: Int { get }")]
    [InlineData("let next: Int")]
    [InlineData("static var next: Int { get }")]
    [InlineData("@available(iOS 17, *)\n    var next: Int { get }")]
    [InlineData("#if os(iOS)\n    var next: Int { get }\n    #endif")]
    public void RequirementWithoutBody_EndsWhereANewLineStartsAnotherDeclaration(string following)
    {
        var module = Read($$"""
            protocol Tracked {
                func refresh() -> Int
                {{following}}
            }
            """);

        Problems(module).Should().BeEmpty();
        Names(module, "Tracked").Should().Equal("next");
    }

    [Fact]
    public void RequirementWithoutBody_EndsBeforeTheBraceClosingItsType()
    {
        var module = Read("""
            protocol Tracked { func refresh() -> Int }
            struct After { var x: Int }
            """);

        Problems(module).Should().BeEmpty();
        module.TopLevel.Keys.Should().Equal("Tracked", "After");
        module.TopLevel["Tracked"].NestedTypes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("func sorted<T>(_ items: [T]) -> [T]\n        where T: Comparable {\n        items.sorted()\n    }")]
    [InlineData("func load() async\n        throws -> Int {\n        1\n    }")]
    [InlineData("func make() -> Int\n    {\n        1\n    }")]
    public void FunctionSignature_ContinuesOnLinesThatDoNotStartADeclaration_UpToItsBody(string function)
    {
        var module = Read($$"""
            struct Store {
                {{function}}
                var next: Int
            }
            """);

        Problems(module).Should().BeEmpty();
        Names(module, "Store").Should().Equal("next");
    }

    [Theory]
    [InlineData("init(\n        @ViewBuilder content: () -> Int,\n        count: Int\n    ) {\n        self.next = 1\n    }")]
    [InlineData("func run(completion: @escaping () -> Void = { }, times: Int) {\n        completion()\n    }")]
    [InlineData("func handlers() -> [String:\n        @Sendable () -> Void] {\n        [:]\n    }")]
    [InlineData("subscript(key: String) -> [Int] {\n        []\n    }")]
    public void FunctionParametersAndReturnType_InBrackets_AreSkippedWhole_EvenWithBracesOrDeclarationWordsInside(string function)
    {
        var module = Read($$"""
            struct Store {
                {{function}}
                var next: Int
            }
            """);

        Problems(module).Should().BeEmpty();
        Names(module, "Store").Should().Equal("next");
    }

    [Fact]
    public void FunctionBody_RunningIntoTheEndOfTheFile_ReportsTheUnclosedType()
    {
        var module = Read("struct Store {\n    var next: Int\n    func refresh() {\n        next += 1\n");

        Problems(module).Should().Be("Function.swift:1: 'Store' is not closed with '}' before the end of the file");
        Names(module, "Store").Should().Equal("next");
    }
}
