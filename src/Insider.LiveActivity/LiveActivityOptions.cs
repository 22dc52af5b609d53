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
    /// Gets or sets the client-side rate budget, shared by every client of the process that uses the same
    /// <see cref="BaseAddress"/> and <see cref="ApiKey"/>.
    /// </summary>
    public LiveActivityRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// Gets or sets a value indicating whether a <c>/start</c> or <c>/end</c> whose outcome is unknown (a transport failure or
    /// timeout) is sent once more to learn it: 409 <c>ALREADY_STARTED</c> on <c>/start</c> or 404 <c>NOT_FOUND</c> on <c>/end</c>
    /// then means the first attempt landed, and the call succeeds with <see cref="PushSummary.Reconciled"/> set.
    /// Safe only when this backend alone starts and ends its activities: otherwise a 409 or 404 may come from someone else's call.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ReconcileUnknownOutcomes { get; set; }

    /// <summary>
    /// Gets or sets the largest number of insider ids one <c>/register</c>, <c>/add-users</c> or
    /// <c>/remove-users</c> call may carry: the server's <c>REGISTER_MAX_INSIDER_IDS</c>.
    /// </summary>
    /// <value>The default value is 10,000.</value>
    public int MaxInsiderIdsPerRequest { get; set; } = 10_000;

    /// <summary>Gets or sets the number of chunks <see cref="ILiveActivityClient.RegisterSegmentAsync"/> and <see cref="ILiveActivityClient.RemoveSegmentUsersAsync"/> send at once.</summary>
    /// <value>The default value is 4.</value>
    public int SegmentConcurrency { get; set; } = 4;

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
        $"Timeout = {Timeout}, Retry = {Retry}, RateLimit = {RateLimit}, ReconcileUnknownOutcomes = {ReconcileUnknownOutcomes}, MaxInsiderIdsPerRequest = {MaxInsiderIdsPerRequest}, SegmentConcurrency = {SegmentConcurrency}, MaxResponseBytes = {MaxResponseBytes} }}";
}
