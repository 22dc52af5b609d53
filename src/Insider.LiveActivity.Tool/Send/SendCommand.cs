// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Send;

/// <summary>What <c>send start</c>, <c>update</c> and <c>end</c> share: read the state, build the content, call, print the summary.</summary>
internal abstract class SendCommand : AsyncCommand<SendSettings>
{
    private readonly IAnsiConsole _console;
    private readonly ClientFactory _clients;

    protected SendCommand(IAnsiConsole console, ClientFactory clients)
    {
        _console = console;
        _clients = clients;
    }

    /// <summary>The endpoint's path, for the output.</summary>
    protected abstract string EndpointName { get; }

    /// <summary>Sends the request for this endpoint.</summary>
    protected abstract Task<PushSummary> SendAsync(ILiveActivityClient client, SendSettings settings, LiveActivityContent content, IReadOnlyList<TargetDevice>? targets, CancellationToken cancellationToken);

    public override async Task<int> ExecuteAsync(CommandContext context, SendSettings settings, CancellationToken cancellationToken)
    {
        using var client = _clients.Create(settings);
        var state = await StateFile.ReadAsync(settings.StateFile!, cancellationToken).ConfigureAwait(false);
        var content = new LiveActivityContent { Title = settings.Title, Message = settings.Message, ContentState = state };
        IReadOnlyList<TargetDevice>? targets = settings.Targets.Length == 0 ? null : [.. settings.Targets.Select(target => TargetParser.TryParse(target)!)];

        var summary = await SendAsync(client, settings, content, targets, cancellationToken).ConfigureAwait(false);

        _console.MarkupLineInterpolated($"[green]{EndpointName}[/] {settings.ActivityId}: sessions_triggered {summary.SessionsTriggered}, skipped_not_synced {summary.SkippedNotSynced}{(summary.Reconciled ? " (reconciled)" : string.Empty)}");
        return ToolExitCode.Ok;
    }
}
