namespace Insider.LiveActivity.Redis.Tests.Infrastructure;

/// <summary>Budget contexts as the client builds them: one per (base address + API key digest, endpoint).</summary>
public static class Budgets
{
    public static readonly Uri BaseAddress = new("https://budget.example/");

    public static string NewApiKey() => "key-" + Guid.NewGuid().ToString("N");

    public static LiveActivityRateLimitContext Context(
        string apiKey,
        TimeProvider clock,
        int permitLimit = 3,
        TimeSpan? window = null,
        int queueLimit = 100,
        LiveActivityEndpoint endpoint = LiveActivityEndpoint.Update,
        TimeSpan? baseDelay = null,
        TimeSpan? maxRetryAfter = null) =>
        new(
            LiveActivityRateLimitContext.CreatePartitionKey(BaseAddress, apiKey),
            endpoint,
            new LiveActivityRateLimitOptions { PermitLimit = permitLimit, Window = window ?? TimeSpan.FromSeconds(1), QueueLimit = queueLimit },
            new LiveActivityRetryOptions { BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(100), MaxRetryAfter = maxRetryAfter ?? TimeSpan.FromSeconds(30) },
            clock);

    /// <summary>Lets thread-pool continuations (and Redis round trips) finish until <paramref name="settled"/> holds; a safety bound, not a timing assumption.</summary>
    public static async Task UntilAsync(Func<bool> settled, string what)
    {
        for (var spin = 0; !settled(); spin++)
        {
            spin.Should().BeLessThan(5_000, what);
            await Task.Delay(1);
        }
    }
}
