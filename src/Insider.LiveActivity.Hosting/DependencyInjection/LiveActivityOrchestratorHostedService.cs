// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Microsoft.Extensions.Hosting;

namespace Insider.LiveActivity.Hosting;

/// <summary>Starts the orchestrator with the host and stops it gracefully with the host.</summary>
internal sealed class LiveActivityOrchestratorHostedService(LiveActivityOrchestrator orchestrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => orchestrator.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => orchestrator.StopAsync(cancellationToken);
}
