// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using CsCheck;

namespace Insider.LiveActivity.Contracts.Tests.Swift;

/// <summary>Whatever the input, reading reports problems and never throws; checking against what was read never throws either.</summary>
public sealed class SwiftParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "struct ", "enum ", "class ", "protocol ", "extension ", "typealias ", "var ", "let ", "case ", "func ", "init",
        "static ", "lazy ", "@available(iOS 16.1, *) ", "#if os(iOS)\n", "#else\n", "#endif\n", "A", "ContentState",
        "ActivityAttributes", "InsiderLiveActivitiesAttributes", "CodingKeys", ": ", ", ", " = ", "{", "}", "(", ")", "[",
        "]", "<", ">", "?", "!", "\"", "\"x\"", "\"\\(", "#\"", "\"\"\"", "//", "/*", "*/", "\n", " ", "Int", "Date", "String",
        "0", "3.5", "-", ".", "->", "`", "\\", ";", "from", "decoder", "@", "#",
    ];

    [Fact]
    public void Parse_RandomFragmentSoup_NeverThrows()
    {
        Gen.Int[0, Fragments.Length - 1].Array[0, 80].Select(indexes => string.Concat(indexes.Select(i => Fragments[i])))
            .Sample(source =>
            {
                var contract = SwiftContract.Parse(source);
                foreach (var type in contract.ActivityTypes)
                {
                    contract.Check(type.Name, Json.Object("""{"a":1,"b":"x","c":[1],"d":{"e":null}}"""), Json.Object("{}"));
                }
            }, iter: 2000);
    }

    [Fact]
    public void Parse_RandomCharacters_NeverThrows()
    {
        Gen.String[Gen.Char["{}()[]<>:;,=?!\"#@\\/*`.\n abcAZ019_-"], 0, 200].Sample(source => SwiftContract.Parse(source), iter: 2000);
    }

    [Theory]
    [InlineData(10_000, "[", "]")]
    [InlineData(10_000, "struct A {", "}")]
    [InlineData(2_000, "\"\\(", ")\"")]
    [InlineData(10_000, "Optional<", ">")]
    public void Parse_PathologicalNesting_IsReportedNotAStackOverflow(int depth, string open, string close)
    {
        var source = "struct X: ActivityAttributes { struct ContentState: Codable { var a: " + string.Concat(Enumerable.Repeat(open, depth)) + "Int" + string.Concat(Enumerable.Repeat(close, depth)) + " } }";

        var contract = SwiftContract.Parse(source);

        contract.Problems.Should().NotBeEmpty();
    }

    [Fact]
    public void Parse_DeeplyNestedTypes_AreReportedNotAStackOverflow()
    {
        var source = string.Concat(Enumerable.Repeat("struct A {\n", 10_000)) + string.Concat(Enumerable.Repeat("}\n", 10_000));

        var contract = SwiftContract.Parse(source);

        contract.Problems.Should().ContainSingle().Which.Message.Should().Contain("nest deeper than 64");
    }
}
