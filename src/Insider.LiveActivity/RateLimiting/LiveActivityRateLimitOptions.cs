// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// The client-side rate budget: the API allows 1,000 requests per minute per API key and endpoint and answers
/// 429 (with no <c>Retry-After</c>) above that, so the client queues calls instead of spending them on 429s.
/// The names follow System.Threading.RateLimiting's own options.
/// </summary>
public sealed class LiveActivityRateLimitOptions
{
    /// <summary>Gets or sets a value indicating whether calls wait for budget before they are sent.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the number of requests per <see cref="Window"/> for each endpoint.</summary>
    /// <value>The default value is 1,000, the API's documented limit.</value>
    public int PermitLimit { get; set; } = 1_000;

    /// <summary>Gets or sets the window the <see cref="PermitLimit"/> applies to. The budget slides over it in tenths.</summary>
    /// <value>The default value is 1 minute.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets the number of calls of one endpoint that may wait for budget at once. A call over this bound fails at once
    /// with a <see cref="LiveActivityRateLimitException"/>, without being sent.
    /// </summary>
    /// <value>The default value is 10,000.</value>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>Returns the settings as text.</summary>
    /// <returns>A description of the settings.</returns>
    public override string ToString() =>
        $"{{ Enabled = {Enabled}, PermitLimit = {PermitLimit}, Window = {Window}, QueueLimit = {QueueLimit} }}";
}
