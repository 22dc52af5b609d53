// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Hosting;
using Spectre.Console;

namespace Insider.LiveActivity.Tool.Status;

/// <summary>
/// How <c>status</c> prints activities: one row per <see cref="LiveActivityStatus"/>, every value escaped. Built from the status, never
/// from the record, so insider ids and content never reach the screen.
/// </summary>
internal static class StatusTable
{
    public static Table Create(IEnumerable<LiveActivityStatus> activities)
    {
        var table = new Table().Title("Live activities")
            .AddColumns("Key", "State", "Activity id", "Start", "Ends at", "Last sent", "Pending update", "Starts/updates/ends", "Last error");
        foreach (var a in activities)
        {
            table.AddRow(
                Text(a.Key),
                new Markup(State(a.State)),
                Text(a.ActivityId ?? "-"),
                Text(Time(a.StartAt)),
                Text(Time(a.EndsAt)),
                Text(a.LastSentAt is { } sent ? Time(sent) : "-"),
                Text(a.HasPendingUpdate ? "yes" : "no"),
                Text(string.Create(CultureInfo.InvariantCulture, $"{a.Starts}/{a.Updates}/{a.Ends}")),
                Text(a.LastError ?? string.Empty));
        }

        return table;
    }

    private static string State(LiveActivityState state) => state switch
    {
        LiveActivityState.Expired or LiveActivityState.Failed => $"[red]{state}[/]",
        LiveActivityState.Started => $"[green]{state}[/]",
        _ => state.ToString(),
    };

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Text Text(string value) => new(value);
}
