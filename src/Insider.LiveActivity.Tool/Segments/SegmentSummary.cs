// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Spectre.Console;

namespace Insider.LiveActivity.Tool.Segments;

/// <summary>The table printed after <c>segment register</c>: the counters, skipped devices by reason, and what was not confirmed.</summary>
internal static class SegmentSummary
{
    /// <summary>The summary of <paramref name="registration"/>; <paramref name="unconfirmedFile"/> is where the unconfirmed ids went (null if nowhere).</summary>
    public static Table Build(SegmentRegistration registration, int totalInsiderIds, string? unconfirmedFile)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Segment registration").AddColumn("Counter").AddColumn(new TableColumn("Value").RightAligned());
        Add(table, "activity_id", registration.ActivityId);
        Add(table, "insider ids (unique)", Number(totalInsiderIds));
        Add(table, "matched (devices)", Number(registration.Matched));
        Add(table, "added", Number(registration.Added));
        Add(table, "refreshed", Number(registration.Refreshed));
        Add(table, "removed", Number(registration.Removed));
        var skipped = registration.Skipped;
        Add(table, "skipped: push_permission_disabled", Number(skipped.PushPermissionDisabled));
        Add(table, "skipped: unsupported_platform", Number(skipped.UnsupportedPlatform));
        Add(table, "skipped: unsupported_os_version", Number(skipped.UnsupportedOsVersion));
        Add(table, "skipped: push_to_start_token_missing", Number(skipped.PushToStartTokenMissing));
        Add(table, "skipped: user_not_found (insiders)", Number(skipped.UserNotFound));
        Add(table, "gdpr denied (insiders)", Number(registration.GdprDeniedDetails.Count));
        var unconfirmed = Number(registration.UnconfirmedInsiderIds.Count);
        Add(table, "unconfirmed ids", unconfirmedFile is null ? unconfirmed : $"{unconfirmed} (written to {unconfirmedFile})");
        return table;
    }

    private static void Add(Table table, string counter, string value) => table.AddRow(new Text(counter), new Text(value));

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
