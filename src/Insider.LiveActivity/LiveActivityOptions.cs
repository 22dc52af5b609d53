// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Settings of a <see cref="LiveActivityClient"/>. The client reads them once, when it is constructed;
/// later changes have no effect on it.
/// </summary>
public sealed class LiveActivityOptions
{
    /// <summary>The default <see cref="BaseAddress"/>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://live-activity.api.useinsider.com/");

    /// <summary>Gets or sets the Insider API key renewed for Live Activities, sent as the <c>X-Api-Key</c> header. Required.</summary>
    /// <value>The default value is an empty string, which fails validation.</value>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets the absolute base address of the API. Anything but a loopback address must be <c>https</c>,
    /// so that the key never travels in clear.
    /// </summary>
    /// <value>The default value is <c>https://live-activity.api.useinsider.com/</c>.</value>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// Gets or sets the timeout of one HTTP attempt (each retry gets its own), or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.
    /// A timeout on <c>/start</c> or <c>/end</c> surfaces as <see cref="LiveActivityOutcomeUnknownException"/>.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the retry settings of the idempotent endpoints.</summary>
    public LiveActivityRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Gets or sets the largest number of insider ids one <c>/register</c>, <c>/add-users</c> or
    /// <c>/remove-users</c> call may carry: the server's <c>REGISTER_MAX_INSIDER_IDS</c>.
    /// </summary>
    /// <value>The default value is 10,000.</value>
    public int MaxInsiderIdsPerRequest { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets the largest response body the client reads. A larger body fails the call with a
    /// <see cref="LiveActivityException"/> instead of exhausting memory.
    /// </summary>
    /// <value>The default value is 1 MiB.</value>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>Returns the settings as text, with the API key masked.</summary>
    /// <returns>A description of the settings that never contains the API key.</returns>
    public override string ToString() =>
        $"LiveActivityOptions {{ BaseAddress = {BaseAddress}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, " +
        $"Timeout = {Timeout}, Retry = {Retry}, MaxInsiderIdsPerRequest = {MaxInsiderIdsPerRequest}, MaxResponseBytes = {MaxResponseBytes} }}";
}
