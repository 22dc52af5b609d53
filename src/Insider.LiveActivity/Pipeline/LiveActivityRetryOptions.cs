// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Retry settings. Only the idempotent endpoints (<c>/register</c>, <c>/add-users</c>, <c>/remove-users</c>,
/// <c>/update</c>) are retried, and only on 429, 502, 503, 412 <c>PUSH_TOKEN_NOT_SYNCED</c>, transport failures
/// and per-attempt timeouts. <c>/start</c> and <c>/end</c> are never retried automatically.
/// </summary>
public sealed class LiveActivityRetryOptions
{
    /// <summary>Gets or sets the number of retries after the first attempt; 0 turns retries off.</summary>
    /// <value>The default value is 4 (so at most 5 attempts).</value>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Gets or sets the first backoff delay; each further retry doubles it (1 s, 2 s, 4 s, 8 s as the API advises).</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest backoff delay.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets a value indicating whether each delay is spread at random over ±20 % of its value, so that
    /// many clients that failed together do not retry together.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest wait a <c>Retry-After</c> header may impose (the API documents none, but a proxy may send one);
    /// a longer value is cut to this.
    /// </summary>
    /// <value>The default value is 60 seconds.</value>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Returns the settings as text.</summary>
    /// <returns>A description of the settings.</returns>
    public override string ToString() =>
        $"{{ MaxRetries = {MaxRetries}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, UseJitter = {UseJitter}, MaxRetryAfter = {MaxRetryAfter} }}";
}
