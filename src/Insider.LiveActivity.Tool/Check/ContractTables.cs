// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Contracts;
using Spectre.Console;

namespace Insider.LiveActivity.Tool.Check;

/// <summary>How <c>check</c> prints what it read and what it found: Spectre tables, every value escaped.</summary>
internal static class ContractTables
{
    /// <summary>One row per field: the activity type (on its first row), where the field is decoded from, its name, JSON key, Swift type and whether it may be omitted.</summary>
    public static Table ActivityTypes(IReadOnlyList<SwiftActivityType> activityTypes)
    {
        var table = new Table().Title("Activity types").AddColumns("Activity type", "In", "Field", "JSON key", "Swift type", "Optional");
        foreach (var type in activityTypes)
        {
            var fields = type.Attributes.Select(field => ("attributes", field))
                .Concat(type.ContentState.Select(field => ("content_state", field)))
                .ToList();
            if (fields.Count == 0)
            {
                table.AddRow(Text(type.Name), Text("(no fields)"), Text(string.Empty), Text(string.Empty), Text(string.Empty), Text(string.Empty));
            }

            for (var i = 0; i < fields.Count; i++)
            {
                var (part, field) = fields[i];
                table.AddRow(Text(i == 0 ? type.Name : string.Empty), Text(part), Text(field.Name), Text(field.Key), Text(field.Type), Text(field.IsOptional ? "yes" : "no"));
            }
        }

        return table;
    }

    /// <summary>One row per problem: severity (errors in red, warnings in yellow), path and the message that says what to change.</summary>
    public static Table Problems(string title, IEnumerable<ContractProblem> problems)
    {
        var table = new Table().Title(title).AddColumns("Severity", "Path", "Message");
        foreach (var problem in problems)
        {
            var severity = problem.Severity == ContractSeverity.Error
                ? new Markup("[red]error[/]")
                : new Markup("[yellow]warning[/]");
            table.AddRow(severity, Text(problem.Path), Text(problem.Message));
        }

        return table;
    }

    private static Text Text(string value) => new(value);
}
