// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool;
using Insider.LiveActivity.Tool.Composition;
using Spectre.Console;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await ToolApp.Create(AnsiConsole.Console, ToolEnvironment.FromProcess()).RunAsync(args, stop.Token).ConfigureAwait(false);
