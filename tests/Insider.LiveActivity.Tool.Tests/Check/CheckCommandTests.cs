// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Tests.Support;

namespace Insider.LiveActivity.Tool.Tests.Check;

public sealed class CheckCommandTests : IDisposable
{
    private const string Attributes = """
        import ActivityKit

        public struct DeliveryActivityAttributes: ActivityAttributes {
            public struct ContentState: Codable, Hashable {
                public var status: DeliveryStatus
                public var etaMinutes: Int
                public var note: String?
            }

            public var courierName: String
        }
        """;

    private const string Status = """
        public enum DeliveryStatus: String, Codable, Hashable {
            case preparing
            case inTransit = "in_transit"
            case delivered
        }
        """;

    private readonly TempDirectory _files = new();
    private readonly ToolRunner _runner = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Swift_Only_ListsEveryActivityTypeWithItsFields_AndExitsZero()
    {
        var swift = _files.File("DeliveryActivityAttributes.swift", Attributes + Status);

        var run = await _runner.RunAsync("check", "--swift", swift);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("DeliveryActivityAttributes");
        Row(run, "courierName").Should().Contain("attributes").And.Contain("String").And.Contain("no");
        Row(run, "etaMinutes").Should().Contain("content_state").And.Contain("Int");
        Row(run, "status").Should().Contain("DeliveryStatus");
        Row(run, "note").Should().Contain("String?").And.Contain("yes");
    }

    [Fact]
    public async Task Swift_RepeatedAndFolders_ReadsTypesSpanningFiles()
    {
        var folder = Directory.CreateDirectory(_files.Combine("ios")).FullName;
        File.WriteAllText(Path.Combine(folder, "DeliveryStatus.swift"), Status);
        var attributes = _files.File("DeliveryActivityAttributes.swift", Attributes);
        var payload = _files.File("state.json", """{"status":"in_transit","etaMinutes":30}""");

        var run = await _runner.RunAsync("check", "--swift", attributes, "--swift", folder, "--payload", payload, "--type", "DeliveryActivityAttributes");

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("Compatible");
    }

    [Fact]
    public async Task Swift_ReaderProblems_ArePrintedAsWarnings_AndExitZero()
    {
        var swift = _files.File("Broken.swift", Attributes + Status + "\npublic struct Broken: ActivityAttributes {\n    public var x: = 3\n}\n");

        var run = await _runner.RunAsync("check", "--swift", swift);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("What the Swift reader skipped").And.Contain("warning").And.Contain("Broken.swift");
    }

    [Fact]
    public async Task Swift_WithoutActivityTypes_SaysSo()
    {
        var swift = _files.File("Models.swift", Status);

        var run = await _runner.RunAsync("check", "--swift", swift);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("No ActivityAttributes type found");
    }

    [Fact]
    public async Task Payload_Compatible_ExitsZero()
    {
        var swift = _files.File("A.swift", Attributes + Status);
        var payload = _files.File("state.json", """{"status":"in_transit","etaMinutes":30}""");

        var run = await _runner.RunAsync("check", "--swift", swift, "--payload", payload, "--type", "DeliveryActivityAttributes");

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        run.Output.Should().Contain("Compatible: the device would decode this payload as DeliveryActivityAttributes (0 warning(s))");
    }

    [Fact]
    public async Task Payload_WithErrors_PrintsPathSeverityAndMessage_AndExitsIncompatible()
    {
        var swift = _files.File("A.swift", Attributes + Status);
        var payload = _files.File("state.json", """{"status":"inTransit","etaMinutes":"30"}""");

        var run = await _runner.RunAsync("check", "--swift", swift, "--payload", payload, "--type", "DeliveryActivityAttributes");

        run.ExitCode.Should().Be(ToolExitCode.Incompatible, run.Output);
        Row(run, "content_state.status").Should().Contain("error").And.Contain("\"inTransit\"").And.Contain("Did you mean \"in_transit\"?");
        Row(run, "content_state.etaMinutes").Should().Contain("error");
        run.Output.Should().Contain("Not compatible").And.Contain("2 error(s), 0 warning(s)");
    }

    [Fact]
    public async Task Payload_WithWarningsOnly_ExitsZero()
    {
        var swift = _files.File("A.swift", Attributes + Status);
        var payload = _files.File("state.json", """{"status":"delivered","etaMinutes":0,"etaMinute":0,"note":null}""");

        var run = await _runner.RunAsync("check", "--swift", swift, "--payload", payload, "--type", "DeliveryActivityAttributes");

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
        Row(run, "content_state.etaMinute").Should().Contain("warning");
        Row(run, "content_state.note").Should().Contain("warning");
        run.Output.Should().Contain("Compatible").And.Contain("(2 warning(s))");
    }

    [Fact]
    public async Task Payload_UnknownType_IsIncompatible_AndSuggestsTheName()
    {
        var swift = _files.File("A.swift", Attributes + Status);
        var payload = _files.File("state.json", """{"status":"delivered","etaMinutes":0}""");

        var run = await _runner.RunAsync("check", "--swift", swift, "--payload", payload, "--type", "deliveryActivityAttributes");

        run.ExitCode.Should().Be(ToolExitCode.Incompatible, run.Output);
        Row(run, "activity_type").Should().Contain("Did you mean \"DeliveryActivityAttributes\"?");
    }

    [Fact]
    public async Task Attributes_AreJudgedWithThePayload()
    {
        var swift = _files.File("A.swift", Attributes + Status);
        var payload = _files.File("state.json", """{"status":"preparing","etaMinutes":45}""");
        var attributes = _files.File("attributes.json", """{"courier":"John D."}""");

        var run = await _runner.RunAsync("check", "--swift", swift, "--payload", payload, "--type", "DeliveryActivityAttributes", "--attributes", attributes);

        run.ExitCode.Should().Be(ToolExitCode.Incompatible, run.Output);
        Row(run, "attributes.courierName").Should().Contain("error");
        Row(run, "attributes.courier").Should().Contain("warning");
    }

    [Theory]
    [InlineData("missing.swift", null, null)]
    [InlineData("A.swift", "missing.json", null)]
    [InlineData("A.swift", "state.json", "missing.json")]
    [InlineData("A.swift", "not-json.json", null)]
    [InlineData("A.swift", "array.json", null)]
    public async Task MissingOrBadFiles_AreUsageErrors(string swift, string? payload, string? attributes)
    {
        _files.File("A.swift", Attributes + Status);
        _files.File("state.json", """{"status":"preparing","etaMinutes":45}""");
        _files.File("not-json.json", "{ status: preparing");
        _files.File("array.json", "[]");
        var args = new List<string> { "check", "--swift", _files.Combine(swift) };
        if (payload is not null)
        {
            args.AddRange(["--payload", _files.Combine(payload), "--type", "DeliveryActivityAttributes"]);
        }

        if (attributes is not null)
        {
            args.AddRange(["--attributes", _files.Combine(attributes)]);
        }

        var run = await _runner.RunAsync([.. args]);

        run.ExitCode.Should().Be(ToolExitCode.Usage, run.Output);
        run.Output.Should().Contain(payload is null || payload == "state.json" ? attributes ?? swift : payload);
    }

    [Theory]
    [InlineData(new[] { "check" }, "--swift is required")]
    [InlineData(new[] { "check", "--swift", "A.swift", "--payload", "state.json" }, "--payload needs --type")]
    [InlineData(new[] { "check", "--swift", "A.swift", "--type", "DeliveryActivityAttributes" }, "--type needs --payload")]
    [InlineData(new[] { "check", "--swift", "A.swift", "--attributes", "attributes.json" }, "--attributes needs --payload")]
    public async Task IncompleteOptions_AreUsageErrors(string[] args, string expected)
    {
        var run = await _runner.RunAsync(args);

        run.ExitCode.Should().Be(ToolExitCode.Usage, run.Output);
        run.Output.Should().Contain(expected);
    }

    [Fact]
    public async Task Check_NeedsNoApiKey()
    {
        var swift = _files.File("A.swift", Attributes + Status);

        var run = await new ToolRunner().WithoutVariable(Composition.ToolEnvironment.ApiKeyVariable).RunAsync("check", "--swift", swift);

        run.ExitCode.Should().Be(ToolExitCode.Ok, run.Output);
    }

    private static string Row(ToolRun run, string cell) =>
        run.Output.Split('\n').FirstOrDefault(line => line.Contains($" {cell} ", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No table row has the cell '{cell}':\n{run.Output}");
}
