// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Tool.Composition;

namespace Insider.LiveActivity.Tool.Api;

/// <summary>Builds the SDK client from <c>INSIDER_API_KEY</c> and the base address (the option, else <c>INSIDER_BASE_ADDRESS</c>).</summary>
internal sealed class ClientFactory
{
    private readonly ToolEnvironment _environment;

    public ClientFactory(ToolEnvironment environment) => _environment = environment;

    /// <summary>A new client (dispose it). Throws <see cref="ToolUsageException"/> when the key is missing or the address is not absolute.</summary>
    public LiveActivityClient Create(ClientSettings settings)
    {
        var apiKey = _environment.GetVariable(ToolEnvironment.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ToolUsageException(
                $"No API key: set the {ToolEnvironment.ApiKeyVariable} environment variable (the key is never taken from the command line, where it would land in shell history).");
        }

        var options = new LiveActivityOptions { ApiKey = apiKey.Trim() };
        var baseAddress = settings.BaseAddress ?? _environment.GetVariable(ToolEnvironment.BaseAddressVariable);
        if (!string.IsNullOrWhiteSpace(baseAddress))
        {
            if (!Uri.TryCreate(baseAddress.Trim(), UriKind.Absolute, out var uri))
            {
                throw new ToolUsageException($"The base address '{baseAddress}' is not an absolute URL (e.g. http://127.0.0.1:5080/).");
            }

            options.BaseAddress = uri;
        }

        try
        {
            return new LiveActivityClient(options);
        }
        catch (ArgumentException exception)
        {
            throw new ToolUsageException(exception.Message, exception);
        }
    }
}
