// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.InteropServices;
using Insider.LiveActivity.Tool;
using Insider.LiveActivity.Tool.Composition;
using Spectre.Console;

// Ctrl+C (SIGINT) and SIGTERM (docker stop, systemd) cancel the running command instead of killing the process, so the
// emulator closes its socket and a send reports "Cancelled." with exit code 130.
using var stop = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

return await ToolApp.Create(AnsiConsole.Console, ToolEnvironment.FromProcess()).RunAsync(args, stop.Token).ConfigureAwait(false);
