// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.ComponentModel;
using Insider.LiveActivity.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Status;

/// <summary>The options of <c>status</c>. It reads the orchestrator's SQLite file only: no API key, no network, no write.</summary>
internal sealed class StatusSettings : CommandSettings
{
    [CommandOption("--sqlite <FILE>")]
    [Description("The orchestrator's SQLite store file (the Data Source of UseSqlite), opened read-only. Required.")]
    public string? Sqlite { get; init; }

    [CommandOption("-k|--key <KEY>")]
    [Description("Show only the activity of this key (exit 4 when no plan has it).")]
    public string? Key { get; init; }

    [CommandOption("-s|--state <STATE>")]
    [Description("Show only the activities in this state: Planned, Registered, Started, Ended, Expired or Failed.")]
    public LiveActivityState? State { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Sqlite))
        {
            return ValidationResult.Error("--sqlite is required (the orchestrator's SQLite store file).");
        }

        if (Key is not null && string.IsNullOrWhiteSpace(Key))
        {
            return ValidationResult.Error("--key must not be empty.");
        }

        return Key is not null && State is not null
            ? ValidationResult.Error("--key and --state exclude each other (a key names one activity; its row shows its state).")
            : ValidationResult.Success();
    }
}
