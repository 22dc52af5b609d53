// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.ComponentModel;
using Insider.LiveActivity.Tool.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Send;

/// <summary>The options of <c>send start|update|end</c>.</summary>
internal sealed class SendSettings : ClientSettings
{
    [CommandOption("--activity-id <ID>")]
    [Description("The activity_id that /register (or segment register) returned. Required.")]
    public string? ActivityId { get; init; }

    [CommandOption("-t|--type <TYPE>")]
    [Description("The activity_type: the Swift ActivityAttributes class name, exactly. Required.")]
    public string? ActivityType { get; init; }

    [CommandOption("-s|--state <FILE>")]
    [Description("A JSON file holding the content_state object (it must match the app's ContentState struct). Required.")]
    public string? StateFile { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("The alert's title (required by start).")]
    public string? Title { get; init; }

    [CommandOption("--message <TEXT>")]
    [Description("The alert's body (required by start).")]
    public string? Message { get; init; }

    [CommandOption("--target <INSIDER_ID:UDID>")]
    [Description("Push only to this device (repeat for more); default: every registered device.")]
    public string[] Targets { get; init; } = [];

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(ActivityId))
        {
            return ValidationResult.Error("--activity-id is required.");
        }

        if (string.IsNullOrWhiteSpace(ActivityType))
        {
            return ValidationResult.Error("--type is required (the Swift ActivityAttributes class name).");
        }

        if (string.IsNullOrWhiteSpace(StateFile))
        {
            return ValidationResult.Error("--state is required (a JSON file holding the content_state object).");
        }

        var badTarget = Targets.FirstOrDefault(target => TargetParser.TryParse(target) is null);
        return badTarget is null
            ? ValidationResult.Success()
            : ValidationResult.Error($"--target '{badTarget}' is not INSIDER_ID:UDID.");
    }
}
