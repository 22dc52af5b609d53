// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Redis;

/// <summary>Options of <see cref="RedisLiveActivityRateLimiter"/>. The budget itself (permits, window, queue) stays in <see cref="LiveActivityRateLimitOptions"/>.</summary>
public sealed class RedisRateLimiterOptions
{
    /// <summary>The default <see cref="KeyPrefix"/>.</summary>
    public const string DefaultKeyPrefix = "insider-live-activity:budget";

    /// <summary>
    /// Gets or sets a value indicating whether calls fall back to an in-process budget (with a logged warning) while Redis is
    /// unreachable. When <see langword="false"/>, calls fail fast with a <see cref="LiveActivityRedisUnavailableException"/>.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: with several processes, in-process budgets may together exceed the API's limit.</value>
    public bool FallbackToInProcess { get; set; }

    /// <summary>Gets or sets the prefix of every Redis key the budget writes (no braces: the budget adds a Redis Cluster hash tag itself).</summary>
    /// <value>The default value is <see cref="DefaultKeyPrefix"/>.</value>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>Returns the settings as text.</summary>
    /// <returns>A description of the settings.</returns>
    public override string ToString() => $"{{ FallbackToInProcess = {FallbackToInProcess}, KeyPrefix = {KeyPrefix} }}";

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">The prefix is empty or has a brace.</exception>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.IndexOfAny(['{', '}']) >= 0)
        {
            throw new ArgumentException(
                $"RedisRateLimiterOptions.KeyPrefix must be non-empty text without '{{' or '}}' (the budget adds a hash tag itself); it was '{KeyPrefix}'.",
                nameof(KeyPrefix));
        }
    }
}
