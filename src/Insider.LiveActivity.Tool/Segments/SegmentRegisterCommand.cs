// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Insider.LiveActivity.Tool.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Segments;

/// <summary><c>segment register</c>: <see cref="ILiveActivityClient.RegisterSegmentAsync"/> over an ids file, with a progress bar and a summary table.</summary>
internal sealed class SegmentRegisterCommand : AsyncCommand<SegmentRegisterSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ClientFactory _clients;
    private readonly TimeProvider _timeProvider;

    public SegmentRegisterCommand(IAnsiConsole console, ClientFactory clients)
    {
        _console = console;
        _clients = clients;
        _timeProvider = TimeProvider.System;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, SegmentRegisterSettings settings, CancellationToken cancellationToken)
    {
        using var client = _clients.Create(settings);
        var endsAt = EndsAtParser.TryParse(settings.EndsAt!, _timeProvider.GetUtcNow())!.Value;
        var ids = IdsFile.Read(settings.IdsFile!);
        IdsFile.EnsureWritable(settings.UnconfirmedFile);
        var request = new RegisterSegmentRequest { ActivityType = settings.ActivityType!, InsiderIds = ids, EndsAt = endsAt };

        var (registration, totalIds) = await RunWithProgressAsync(client, request, cancellationToken).ConfigureAwait(false);

        var unconfirmedFile = settings.UnconfirmedFile
            ?? (registration.IsComplete ? null : settings.IdsFile + ".unconfirmed.txt");
        if (unconfirmedFile is not null)
        {
            await IdsFile.WriteAsync(unconfirmedFile, registration.UnconfirmedInsiderIds, cancellationToken).ConfigureAwait(false);
        }

        _console.Write(SegmentSummary.Build(registration, totalIds, unconfirmedFile));
        foreach (var error in registration.Errors)
        {
            _console.MarkupLineInterpolated($"[red]Chunk failed {error.ErrorCode ?? error.StatusCode?.ToString() ?? "(no response)"}:[/] {error.Message}");
        }

        _console.MarkupLineInterpolated($"activity_id: {registration.ActivityId}");
        if (registration.IsComplete)
        {
            return ToolExitCode.Ok;
        }

        _console.MarkupLineInterpolated($"[yellow]{registration.UnconfirmedInsiderIds.Count} ids were not confirmed:[/] send them again with segment register, or add them to the activity.");
        return ToolExitCode.Incomplete;
    }

    private async Task<(SegmentRegistration Registration, int TotalIds)> RunWithProgressAsync(
        LiveActivityClient client, RegisterSegmentRequest request, CancellationToken cancellationToken)
    {
        var interactive = _console.Profile.Capabilities.Interactive;
        var progress = _console.Progress().AutoClear(false).HideCompleted(false).AutoRefresh(interactive);
        progress = interactive
            ? progress.Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            : progress.Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn());

        return await progress.StartAsync(async progressContext =>
        {
            var task = progressContext.AddTask("Registering the segment", maxValue: 1);
            var reporter = new ProgressTaskReporter(task);
            try
            {
                var registration = await client.RegisterSegmentAsync(request, reporter, cancellationToken).ConfigureAwait(false);
                return (registration, reporter.TotalInsiderIds);
            }
            finally
            {
                task.StopTask();
                progressContext.Refresh();
            }
        }).ConfigureAwait(false);
    }
}
