// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The Lua the budget runs in Redis (each script is atomic, so processes never interleave inside one). Times are integer
/// microseconds; <c>now</c> is Redis's own <c>TIME</c> unless the caller passes its clock (a test clock), so processes with
/// skewed clocks agree on the window.
/// </summary>
internal static class BudgetScripts
{
    /// <summary>
    /// Takes up to ARGV[3] permits from the sliding log KEYS[1] (one sorted-set member per permit, scored with the time it was
    /// taken), unless the pause KEYS[2] is still running. Returns { granted, wait µs until a permit frees or the pause ends }.
    /// ARGV: 1 permit limit, 2 window µs, 3 wanted, 4 now µs or empty (Redis TIME), 5 a member prefix unique to this call.
    /// </summary>
    public const string Acquire = """
        local now = tonumber(ARGV[4])
        if not now then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        end
        local limit = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local want = tonumber(ARGV[3])
        local paused = tonumber(redis.call('HGET', KEYS[2], 'until') or '0')
        if paused > now then
          return { 0, paused - now }
        end
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local used = redis.call('ZCARD', KEYS[1])
        local granted = limit - used
        if granted > want then granted = want end
        if granted < 0 then granted = 0 end
        for i = 1, granted do
          redis.call('ZADD', KEYS[1], now, ARGV[5] .. i)
        end
        if granted > 0 then
          redis.call('PEXPIRE', KEYS[1], math.floor(window / 1000) + 60000)
        end
        local wait = 0
        if granted < want then
          local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          wait = tonumber(oldest[2]) + window - now
        end
        return { granted, wait }
        """;

    /// <summary>
    /// Records a 429 in the pause KEYS[1]: counts it, and pauses the endpoint until now + the server's Retry-After (capped) or,
    /// without one, a backoff that doubles with each consecutive 429 (capped); an earlier pause never shortens a later one.
    /// Returns { consecutive 429s, pause µs from now }.
    /// ARGV: 1 Retry-After µs or -1, 2 base delay µs, 3 max backoff µs, 4 max Retry-After µs, 5 now µs or empty, 6 window µs.
    /// </summary>
    public const string ReportRateLimited = """
        local now = tonumber(ARGV[5])
        if not now then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        end
        local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
        local pause
        local retryAfter = tonumber(ARGV[1])
        if retryAfter >= 0 then
          pause = math.min(retryAfter, tonumber(ARGV[4]))
        else
          local exponent = count - 1
          if exponent > 30 then exponent = 30 end
          pause = math.min(tonumber(ARGV[2]) * (2 ^ exponent), tonumber(ARGV[3]))
        end
        local untilAt = math.floor(now + pause)
        local current = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
        if untilAt > current then
          redis.call('HSET', KEYS[1], 'until', untilAt)
          current = untilAt
        end
        redis.call('PEXPIRE', KEYS[1], math.floor((current - now + tonumber(ARGV[6])) / 1000) + 60000)
        return { count, current - now }
        """;
}
