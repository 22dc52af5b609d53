// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Send;

/// <summary><c>send start</c>: /start (the alert, <c>--title</c> and <c>--message</c>, is required).</summary>
internal sealed class StartCommand : SendCommand
{
    public StartCommand(IAnsiConsole console, ClientFactory clients)
        : base(console, clients)
    {
    }

    protected override string EndpointName => "/start";

    public override ValidationResult Validate(CommandContext context, SendSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Title) || string.IsNullOrWhiteSpace(settings.Message)
            ? ValidationResult.Error("start needs the alert: give both --title and --message.")
            : ValidationResult.Success();

    protected override Task<PushSummary> SendAsync(ILiveActivityClient client, SendSettings settings, LiveActivityContent content, IReadOnlyList<TargetDevice>? targets, CancellationToken cancellationToken) =>
        client.StartAsync(new StartRequest { ActivityId = settings.ActivityId!, ActivityType = settings.ActivityType!, Content = content, TargetDevices = targets }, cancellationToken);
}
