// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Check;

/// <summary>The options of <c>check</c>. It reads local files only: no API key, no network.</summary>
internal sealed class CheckSettings : CommandSettings
{
    [CommandOption("--swift <PATH>")]
    [Description("A Swift file of the app, or a folder (every *.swift below it). Repeat for more; types may span files. Required.")]
    public string[] Swift { get; init; } = [];

    [CommandOption("-p|--payload <FILE>")]
    [Description("A JSON file holding a content_state object, judged as the device would decode it (needs --type).")]
    public string? Payload { get; init; }

    [CommandOption("-t|--type <TYPE>")]
    [Description("The activity_type the payload is sent with: the Swift ActivityAttributes type name, exactly.")]
    public string? ActivityType { get; init; }

    [CommandOption("-a|--attributes <FILE>")]
    [Description("A JSON file holding the start's attributes object, judged with the payload (needs --payload).")]
    public string? Attributes { get; init; }

    public override ValidationResult Validate()
    {
        if (Swift.Length == 0 || Swift.Any(string.IsNullOrWhiteSpace))
        {
            return ValidationResult.Error("--swift is required (a Swift file or folder of the app; repeat for more).");
        }

        if (Payload is not null && string.IsNullOrWhiteSpace(ActivityType))
        {
            return ValidationResult.Error("--payload needs --type (the activity_type the payload is sent with).");
        }

        if (Payload is null && ActivityType is not null)
        {
            return ValidationResult.Error("--type needs --payload (the content_state JSON file to judge).");
        }

        return Attributes is not null && Payload is null
            ? ValidationResult.Error("--attributes needs --payload (the start's content_state JSON file).")
            : ValidationResult.Success();
    }
}
