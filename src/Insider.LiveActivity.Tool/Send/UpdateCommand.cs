// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Spectre.Console;

namespace Insider.LiveActivity.Tool.Send;

/// <summary><c>send update</c>: /update (the alert is optional).</summary>
internal sealed class UpdateCommand : SendCommand
{
    public UpdateCommand(IAnsiConsole console, ClientFactory clients)
        : base(console, clients)
    {
    }

    protected override string EndpointName => "/update";

    protected override Task<PushSummary> SendAsync(ILiveActivityClient client, SendSettings settings, LiveActivityContent content, IReadOnlyList<TargetDevice>? targets, CancellationToken cancellationToken) =>
        client.UpdateAsync(new UpdateRequest { ActivityId = settings.ActivityId!, ActivityType = settings.ActivityType!, Content = content, TargetDevices = targets }, cancellationToken);
}
