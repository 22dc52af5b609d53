// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Api;

/// <summary>Turns what a command threw into one line on the console and a documented exit code.</summary>
internal static class ErrorReporter
{
    /// <summary>Prints <paramref name="exception"/> (never the API key: the SDK keeps it out of its messages) and returns its exit code.</summary>
    public static int Report(IAnsiConsole console, Exception exception)
    {
        switch (exception)
        {
            case CommandAppException { Pretty: { } pretty }:
                console.Write(pretty);
                return ToolExitCode.Usage;
            case CommandAppException or ToolUsageException:
                console.MarkupLineInterpolated($"[red]Error:[/] {exception.Message}");
                return ToolExitCode.Usage;
            case IOException or UnauthorizedAccessException:
                console.MarkupLineInterpolated($"[red]File error:[/] {exception.Message}");
                return ToolExitCode.Usage;
            case OperationCanceledException:
                console.MarkupLine("[yellow]Cancelled.[/]");
                return ToolExitCode.Cancelled;
            case LiveActivityException api:
                var exitCode = ApiExitCodes.For(api);
                console.MarkupLineInterpolated($"[red]Error {Describe(api)}:[/] {api.Message}");
                if (api is NoEligibleDeviceException { Skipped: { } skipped })
                {
                    console.MarkupLineInterpolated(
                        $"Skipped: push_permission_disabled {skipped.PushPermissionDisabled}, unsupported_platform {skipped.UnsupportedPlatform}, unsupported_os_version {skipped.UnsupportedOsVersion}, push_to_start_token_missing {skipped.PushToStartTokenMissing}, user_not_found {skipped.UserNotFound}");
                }

                if (exitCode == ToolExitCode.OutcomeUnknown)
                {
                    console.MarkupLine("The request may have been processed: sending it again answers 409 (start) or 404 (end) if it was.");
                }

                return exitCode;
            default:
                console.MarkupLineInterpolated($"[red]Unexpected error:[/] {exception.GetType().Name}: {exception.Message}");
                return ToolExitCode.ApiError;
        }
    }

    private static string Describe(LiveActivityException exception)
    {
        var status = exception.StatusCode is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : "no response";
        return exception.ErrorCode is { Length: > 0 } errorCode ? $"{errorCode} ({status})" : status;
    }
}
