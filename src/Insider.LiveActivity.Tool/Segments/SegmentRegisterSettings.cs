// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.ComponentModel;
using Insider.LiveActivity.Tool.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Segments;

/// <summary>The options of <c>segment register</c>.</summary>
internal sealed class SegmentRegisterSettings : ClientSettings
{
    [CommandOption("-t|--type <TYPE>")]
    [Description("The activity_type: the Swift ActivityAttributes class name, exactly. Required.")]
    public string? ActivityType { get; init; }

    [CommandOption("--ids <FILE>")]
    [Description("A text file with one insider id a line, any size (blank lines ignored, duplicates counted once). Required.")]
    public string? IdsFile { get; init; }

    [CommandOption("--ends-at <TIME>")]
    [Description("When the activity ends: RFC 3339 with an offset (2026-12-01T18:00:00Z) or from now (+90m, +2h, +1d). 5 minutes to 7 days ahead. Required.")]
    public string? EndsAt { get; init; }

    [CommandOption("--unconfirmed <FILE>")]
    [Description("Where to write the ids the API did not confirm, one a line (always written when given, empty if none). Default: <ids file>.unconfirmed.txt, written only when some are unconfirmed.")]
    public string? UnconfirmedFile { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(ActivityType))
        {
            return ValidationResult.Error("--type is required (the Swift ActivityAttributes class name).");
        }

        if (string.IsNullOrWhiteSpace(IdsFile))
        {
            return ValidationResult.Error("--ids is required (a file with one insider id a line).");
        }

        if (string.IsNullOrWhiteSpace(EndsAt))
        {
            return ValidationResult.Error("--ends-at is required (e.g. +2h or 2026-12-01T18:00:00Z).");
        }

        return EndsAtParser.TryParse(EndsAt, DateTimeOffset.UnixEpoch) is null
            ? ValidationResult.Error($"--ends-at '{EndsAt}' is neither an RFC 3339 time with an offset (2026-12-01T18:00:00Z) nor a time from now (+90m, +2h, +1d).")
            : ValidationResult.Success();
    }
}
