// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Api;
using Insider.LiveActivity.Tool.Check;
using Insider.LiveActivity.Tool.Composition;
using Insider.LiveActivity.Tool.Emulator;
using Insider.LiveActivity.Tool.Segments;
using Insider.LiveActivity.Tool.Send;
using Insider.LiveActivity.Tool.Status;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool;

/// <summary>
/// The command tree of <c>insider-live-activity</c>. Each command is one class; a new one is one more
/// <c>AddCommand</c> line here.
/// </summary>
internal static class ToolApp
{
    /// <summary>The command's name, as installed by <c>dotnet tool install</c>.</summary>
    public const string Name = "insider-live-activity";

    /// <summary>Builds the app that writes to <paramref name="console"/> and reads <paramref name="environment"/>.</summary>
    public static CommandApp Create(IAnsiConsole console, ToolEnvironment environment)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Registrar.RegisterInstance(environment);
            config.Settings.Registrar.RegisterInstance(new ClientFactory(environment));
            config.SetApplicationName(Name);
            config.Settings.StrictParsing = true; // an unknown option (say, --api-key) is an error, never silently ignored
            config.ConfigureConsole(console);
            config.CancellationExitCode(ToolExitCode.Cancelled);
            config.SetExceptionHandler((exception, _) => ErrorReporter.Report(console, exception));

            config.AddCommand<EmulatorCommand>("emulator")
                .WithDescription("Run the Live Activities emulator on loopback until Ctrl+C (for backends not written in .NET).")
                .WithExample("emulator", "--port", "5080");

            config.AddBranch("send", send =>
            {
                send.SetDescription("Send /start, /update or /end for a registered activity (key from INSIDER_API_KEY).");
                send.AddCommand<StartCommand>("start")
                    .WithDescription("Start a registered activity: pushes the alert and the content state to its devices.")
                    .WithExample("send", "start", "--activity-id", "<id>", "--type", "DeliveryActivityAttributes", "--state", "state.json", "--title", "Preparing", "--message", "\"ETA 14:30\"");
                send.AddCommand<UpdateCommand>("update")
                    .WithDescription("Update a started activity's content state (and optionally its alert).")
                    .WithExample("send", "update", "--activity-id", "<id>", "--type", "DeliveryActivityAttributes", "--state", "state.json");
                send.AddCommand<EndCommand>("end")
                    .WithDescription("End a started activity with its final content state.")
                    .WithExample("send", "end", "--activity-id", "<id>", "--type", "DeliveryActivityAttributes", "--state", "final.json");
            });

            config.AddCommand<CheckCommand>("check")
                .WithDescription("Read the app's Swift ActivityAttributes types; with --payload, judge a content_state as the device would decode it.")
                .WithExample("check", "--swift", "ios/DeliveryActivityAttributes.swift")
                .WithExample("check", "--swift", "ios/", "--payload", "state.json", "--type", "DeliveryActivityAttributes", "--attributes", "attributes.json");

            config.AddCommand<StatusCommand>("status")
                .WithDescription("List the orchestrator's activities from its SQLite store (read-only): state, activity id, times, counts, last error.")
                .WithExample("status", "--sqlite", "live-activities.db")
                .WithExample("status", "--sqlite", "live-activities.db", "--state", "Started")
                .WithExample("status", "--sqlite", "live-activities.db", "--key", "order-42");

            config.AddBranch("segment", segment =>
            {
                segment.SetDescription("Segments of any size as one activity.");
                segment.AddCommand<SegmentRegisterCommand>("register")
                    .WithDescription("Register every id of a file (one per line, any size) as one activity, with a progress bar and a summary.")
                    .WithExample("segment", "register", "--type", "DeliveryActivityAttributes", "--ids", "ids.txt", "--ends-at", "+2h", "--unconfirmed", "unconfirmed.txt");
            });
        });
        return app;
    }
}
