// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Contracts;
using Insider.LiveActivity.Tool.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Check;

/// <summary>
/// <c>check</c>: reads the app's Swift sources, lists the activity types with their fields and what the reader skipped; with
/// <c>--payload</c>, judges a <c>content_state</c> (and optionally the start's <c>attributes</c>) as the device would decode it.
/// Exit 0 when compatible (warnings allowed), <see cref="ToolExitCode.Incompatible"/> when a problem is an error.
/// </summary>
internal sealed class CheckCommand : AsyncCommand<CheckSettings>
{
    private readonly IAnsiConsole _console;

    public CheckCommand(IAnsiConsole console) => _console = console;

    public override async Task<int> ExecuteAsync(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        // A missing file or folder is a FileNotFoundException (an IOException): the error reporter's usage exit code.
        var contract = SwiftContract.Load(settings.Swift);

        if (contract.ActivityTypes.Count == 0)
        {
            _console.MarkupLine("[yellow]No ActivityAttributes type found[/] in the Swift sources (a type conforming to ActivityAttributes or to a protocol refining it).");
        }
        else
        {
            _console.Write(ContractTables.ActivityTypes(contract.ActivityTypes));
        }

        if (contract.Problems.Count > 0)
        {
            _console.Write(ContractTables.Problems("What the Swift reader skipped", contract.Problems));
        }

        if (settings.Payload is null)
        {
            return ToolExitCode.Ok;
        }

        var contentState = await JsonObjectFile.ReadAsync(settings.Payload, "payload file", "the content_state", cancellationToken).ConfigureAwait(false);
        var attributes = settings.Attributes is null
            ? null
            : await JsonObjectFile.ReadAsync(settings.Attributes, "attributes file", "the start's attributes", cancellationToken).ConfigureAwait(false);

        var report = contract.Check(settings.ActivityType!, contentState, attributes);
        if (report.Problems.Count > 0)
        {
            _console.Write(ContractTables.Problems($"{settings.ActivityType} payload", report.Problems));
        }

        var errors = report.Problems.Count(problem => problem.Severity == ContractSeverity.Error);
        var warnings = report.Problems.Count - errors;
        if (report.IsCompatible)
        {
            _console.MarkupLineInterpolated($"[green]Compatible:[/] the device would decode this payload as {settings.ActivityType} ({warnings} warning(s)).");
            return ToolExitCode.Ok;
        }

        _console.MarkupLineInterpolated($"[red]Not compatible:[/] the device would drop this payload without a word ({errors} error(s), {warnings} warning(s)).");
        return ToolExitCode.Incompatible;
    }
}
