// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Tool.Composition;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Status;

/// <summary>
/// <c>status</c>: lists the orchestrator's activities from its SQLite store, opened read-only (a running host keeps writing; WAL readers
/// do not block it). Exit 0; <see cref="ToolExitCode.Usage"/> for a missing file or one that is not a store;
/// <see cref="ToolExitCode.NotFoundOrConflict"/> when <c>--key</c> names no plan.
/// </summary>
internal sealed class StatusCommand : AsyncCommand<StatusSettings>
{
    private readonly IAnsiConsole _console;

    public StatusCommand(IAnsiConsole console) => _console = console;

    public override async Task<int> ExecuteAsync(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(settings.Sqlite!);
        if (!File.Exists(path))
        {
            throw new ToolUsageException($"No SQLite store at {path} (--sqlite is the orchestrator's store file).");
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        using var store = new SqliteLiveActivityStore(connectionString);
        IReadOnlyList<LiveActivityRecord> records;
        try
        {
            if (settings.Key is { } key)
            {
                var record = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
                if (record is null)
                {
                    _console.MarkupLineInterpolated($"[red]Not found:[/] no plan has the key '{key}'.");
                    return ToolExitCode.NotFoundOrConflict;
                }

                records = [record];
            }
            else
            {
                records = await store.ListAsync(settings.State, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException exception)
        {
            throw new ToolUsageException($"{path} cannot be read as the orchestrator's SQLite store: {exception.Message}", exception);
        }

        if (records.Count == 0)
        {
            _console.MarkupLine(settings.State is { } state ? $"No activity is {state}." : "No activity in the store.");
            return ToolExitCode.Ok;
        }

        _console.Write(StatusTable.Create(records.Select(static r => r.ToStatus())));
        _console.MarkupLineInterpolated($"{records.Count} activit{(records.Count == 1 ? "y" : "ies")}.");
        return ToolExitCode.Ok;
    }
}
