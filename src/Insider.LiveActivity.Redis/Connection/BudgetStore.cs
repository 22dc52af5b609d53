// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The Redis side of the budgets: runs <see cref="BudgetScripts"/> and turns every Redis failure into a
/// <see cref="LiveActivityRedisUnavailableException"/>. A disconnected multiplexer fails at once instead of queueing the command.
/// </summary>
internal sealed class BudgetStore(IConnectionMultiplexer connection)
{
    private static long _calls;
    private readonly string _instance = Guid.NewGuid().ToString("N").Substring(0, 12);

    /// <summary>Gets a value indicating whether the multiplexer has a live connection (a cheap check, no round trip).</summary>
    public bool IsConnected => connection.IsConnected;

    public async Task<(int Granted, TimeSpan Wait)> AcquireAsync(BudgetKeys keys, LiveActivityRateLimitContext context, int wanted, long? nowMicroseconds)
    {
        // The member prefix only has to be unique: an instance id and a counter, nothing about the caller.
        var member = _instance + ":" + Interlocked.Increment(ref _calls).ToString(CultureInfo.InvariantCulture) + ":";
        var result = await RunAsync(
            BudgetScripts.Acquire,
            keys.Both,
            [context.PermitLimit, Microseconds(context.Window), wanted, Now(nowMicroseconds), member]).ConfigureAwait(false);
        var values = (RedisValue[])result!;
        return ((int)values[0], FromMicroseconds((long)values[1]));
    }

    public async Task<(int Consecutive, TimeSpan Pause)> ReportRateLimitedAsync(BudgetKeys keys, LiveActivityRateLimitContext context, TimeSpan? retryAfter, long? nowMicroseconds)
    {
        var result = await RunAsync(
            BudgetScripts.ReportRateLimited,
            [keys.Pause],
            [
                retryAfter is { } wait ? Microseconds(wait) : -1,
                Microseconds(context.BaseDelay),
                Microseconds(context.MaxBackoff),
                Microseconds(context.MaxRetryAfter),
                Now(nowMicroseconds),
                Microseconds(context.Window),
            ]).ConfigureAwait(false);
        var values = (RedisValue[])result!;
        return ((int)values[0], FromMicroseconds((long)values[1]));
    }

    /// <summary>Ends a run of consecutive 429s (a later 429 backs off from the base delay again); the running pause stays.</summary>
    public Task ResetConsecutiveAsync(BudgetKeys keys) =>
        GuardAsync(() => connection.GetDatabase().HashDeleteAsync(keys.Pause, "count"));

    private static RedisValue Now(long? nowMicroseconds) => nowMicroseconds is { } now ? now : RedisValue.EmptyString;

    private static long Microseconds(TimeSpan value) => value.Ticks / 10;

    private static TimeSpan FromMicroseconds(long microseconds) => TimeSpan.FromTicks(Math.Max(0, microseconds) * 10);

    private Task<RedisResult> RunAsync(string script, RedisKey[] keys, RedisValue[] values) =>
        GuardAsync(() => connection.GetDatabase().ScriptEvaluateAsync(script, keys, values));

    private Task<T> GuardAsync<T>(Func<Task<T>> operation) => RedisGuard.RunAsync(connection, operation, Unavailable);

    private static LiveActivityRedisUnavailableException Unavailable(string reason, Exception? cause) =>
        new($"Redis is unreachable ({reason}), so the shared rate budget cannot be checked and the call was not sent" +
            (cause is null ? string.Empty : ": " + cause.Message.TrimEnd('.')) +
            ". Set RedisRateLimiterOptions.FallbackToInProcess to fall back to an in-process budget instead.",
            cause);
}
