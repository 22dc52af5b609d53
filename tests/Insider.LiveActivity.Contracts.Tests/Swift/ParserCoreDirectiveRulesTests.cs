// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>
/// Compiler directives and freestanding macros among declarations: the condition of <c>#if</c>/<c>#elseif</c> is the rest of its
/// line, and each line after <c>#if</c>, <c>#elseif</c>, <c>#else</c> and <c>#endif</c> is read as declarations on its own (a
/// line that is not one is reported, never joined to the directive); a freestanding macro is skipped as one statement, with or
/// without arguments, and the next line is read.
/// </summary>
public sealed class ParserCoreDirectiveRulesTests
{
    private static SwiftModule Read(string swift)
    {
        var module = new SwiftModule();
        SwiftParser.ParseInto(module, swift, "Live.swift");
        return module;
    }

    [Fact]
    public void EveryLineAfterADirective_IsReadOnItsOwn_SoAPostfixIfChainIsReportedLineByLine()
    {
        var module = Read("""
            struct Theme {
                static let base = Style()
                #if os(iOS)
                    .compact
                #elseif os(macOS)
                    .regular
                #else
                    .plain
                #endif
                    .bold
                var accent: Int
            }
            """);

        module.Problems.Select(p => p.Path).Should().Equal("Live.swift:4", "Live.swift:6", "Live.swift:8", "Live.swift:10");
        module.Problems.Should().OnlyContain(p => p.Message.StartsWith("'.' (line ", StringComparison.Ordinal) && p.Message.Contains("does not start a declaration", StringComparison.Ordinal));
        module.TopLevel["Theme"].Properties.Select(p => p.Name).Should().Equal("base", "accent");
    }

    [Fact]
    public void ConditionOfIfAndElseIf_IsSkipped_AndEveryBranchIsRead()
    {
        var module = Read("""
            struct State {
                #if canImport(ActivityKit) && !os(macOS)
                var a: Int
                #elseif compiler(>=5.9)
                var b: Int
                #else
                var c: Int
                #endif
                var d: Int
            }
            """);

        module.Problems.Should().BeEmpty();
        module.TopLevel["State"].Properties.Select(p => p.Name).Should().Equal("a", "b", "c", "d");
    }

    [Theory]
    [InlineData("#registerDefaults")]
    [InlineData("#registerDefaults(\"x\", 1)")]
    [InlineData("#warning(\"check the keys\")")]
    public void FreestandingMacro_IsSkipped_AndTheNextLineIsRead(string macro)
    {
        var module = Read($"struct State {{\n    {macro}\n    var a: Int\n    var b: Int\n}}");

        module.Problems.Should().BeEmpty();
        module.TopLevel["State"].Properties.Select(p => p.Name).Should().Equal("a", "b");
    }

    [Fact]
    public void PreviewMacroWithClosures_IsSkippedWhole_AndTheNextTypeIsRead()
    {
        var module = Read("""
            #Preview("Lock screen", as: .content, using: RideAttributes()) {
                RideLiveActivity()
            } contentStates: {
                RideAttributes.ContentState(driver: "Ana")
            }
            struct RideAttributes { var driver: String }
            """);

        module.Problems.Should().BeEmpty();
        module.TopLevel.Keys.Should().Equal("RideAttributes");
    }
}
