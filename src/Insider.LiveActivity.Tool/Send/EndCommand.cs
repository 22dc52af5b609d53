// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Spectre.Console;

namespace Insider.LiveActivity.Tool.Send;

/// <summary><c>send end</c>: /end with the final content state.</summary>
internal sealed class EndCommand : SendCommand
{
    public EndCommand(IAnsiConsole console, ClientFactory clients)
        : base(console, clients)
    {
    }

    protected override string EndpointName => "/end";

    protected override Task<PushSummary> SendAsync(ILiveActivityClient client, SendSettings settings, LiveActivityContent content, IReadOnlyList<TargetDevice>? targets, CancellationToken cancellationToken) =>
        client.EndAsync(new EndRequest { ActivityId = settings.ActivityId!, ActivityType = settings.ActivityType!, Content = content, TargetDevices = targets }, cancellationToken);
}
