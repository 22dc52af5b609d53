// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.ComponentModel;
using Spectre.Console.Cli;

namespace Insider.LiveActivity.Tool.Api;

/// <summary>The options of every command that calls the API. The key is read from <c>INSIDER_API_KEY</c> only.</summary>
internal class ClientSettings : CommandSettings
{
    [CommandOption("--base-address <URL>")]
    [Description("The API's base address, e.g. an emulator's http://127.0.0.1:5080/ (default: INSIDER_BASE_ADDRESS, else the real API). The key is read from INSIDER_API_KEY.")]
    public string? BaseAddress { get; init; }
}
