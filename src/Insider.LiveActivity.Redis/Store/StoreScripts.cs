// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The store's Lua scripts: each runs atomically on the server, so a write, its lease and the open index never disagree. A record is a
/// hash: <c>v</c> the revision, <c>r</c> the record JSON, <c>e</c> the lease's fencing token (incremented by every claim), <c>o</c> the
/// holder. The open index is a sorted set of digests scored by lease expiry in Unix milliseconds (0: free). Scripts that visit several
/// records build their key names from the record prefix, which is inside the store's hash tag (one Redis Cluster slot).
/// </summary>
internal static class StoreScripts
{
    /// <summary>KEYS: record, open. ARGV: revision, json, open (1/0), digest. Returns nil when added, else the stored JSON.</summary>
    public const string Add = """
        local existing = redis.call('HGET', KEYS[1], 'r')
        if existing then return existing end
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'r', ARGV[2], 'e', 0)
        if ARGV[3] == '1' then redis.call('ZADD', KEYS[2], 'NX', 0, ARGV[4]) end
        return false
        """;

    /// <summary>
    /// KEYS: record, open. ARGV: revision, json, open (1/0), digest, fencing token ('' for a write without a lease). Returns 1 when saved,
    /// 0 when the stored revision is not revision − 1, −1 when the fencing token is no longer the stored one.
    /// </summary>
    public const string Save = """
        local h = redis.call('HMGET', KEYS[1], 'v', 'e')
        if not h[1] then return 0 end
        if ARGV[5] ~= '' and h[2] ~= ARGV[5] then return -1 end
        if tonumber(h[1]) ~= tonumber(ARGV[1]) - 1 then return 0 end
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'r', ARGV[2])
        if ARGV[3] == '1' then redis.call('ZADD', KEYS[2], 'NX', 0, ARGV[4]) else redis.call('ZREM', KEYS[2], ARGV[4]) end
        return 1
        """;

    /// <summary>
    /// KEYS: open, hosts. ARGV: now, expiry, max, owner, record prefix, expired-by (now − grace), held. Records the owner as a live host
    /// until expiry, then claims up to max records whose lease expired by expired-by (a free one scores 0), within the owner's fair share
    /// (the open records divided by the live hosts, rounded up, minus held). Returns token, JSON for each record claimed.
    /// </summary>
    public const string Claim = """
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[1])
        local hosts = redis.call('ZCARD', KEYS[2])
        local share = math.ceil(redis.call('ZCARD', KEYS[1]) / hosts) - tonumber(ARGV[7])
        local limit = math.min(tonumber(ARGV[3]), share)
        local out = {}
        if limit < 1 then return out end
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[6], 'LIMIT', 0, limit)
        for _, d in ipairs(due) do
          local key = ARGV[5] .. d
          local json = redis.call('HGET', key, 'r')
          if json then
            local e = redis.call('HINCRBY', key, 'e', 1)
            redis.call('HSET', key, 'o', ARGV[4])
            redis.call('ZADD', KEYS[1], ARGV[2], d)
            out[#out + 1] = e
            out[#out + 1] = json
          else
            redis.call('ZREM', KEYS[1], d)
          end
        end
        return out
        """;

    /// <summary>KEYS: record, open. ARGV: digest, now, expiry, owner. Returns token and JSON, or nil when closed, unknown or held.</summary>
    public const string TryClaim = """
        local s = redis.call('ZSCORE', KEYS[2], ARGV[1])
        if not s or tonumber(s) > tonumber(ARGV[2]) then return false end
        local json = redis.call('HGET', KEYS[1], 'r')
        if not json then return false end
        local e = redis.call('HINCRBY', KEYS[1], 'e', 1)
        redis.call('HSET', KEYS[1], 'o', ARGV[4])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        return {e, json}
        """;

    /// <summary>KEYS: open. ARGV: expiry, record prefix, then digest and token pairs. Returns per pair the stored revision, or −1 when lost.</summary>
    public const string Renew = """
        local out = {}
        for i = 3, #ARGV, 2 do
          local h = redis.call('HMGET', ARGV[2] .. ARGV[i], 'e', 'v')
          if h[1] == ARGV[i + 1] and redis.call('ZSCORE', KEYS[1], ARGV[i]) then
            redis.call('ZADD', KEYS[1], 'XX', ARGV[1], ARGV[i])
            out[#out + 1] = tonumber(h[2])
          else
            out[#out + 1] = -1
          end
        end
        return out
        """;

    /// <summary>KEYS: open, hosts. ARGV: owner, record prefix, then digest and token pairs. Frees each lease still held by its token and drops the owner from the live hosts.</summary>
    public const string Release = """
        redis.call('ZREM', KEYS[2], ARGV[1])
        for i = 3, #ARGV, 2 do
          if redis.call('HGET', ARGV[2] .. ARGV[i], 'e') == ARGV[i + 1] then
            redis.call('ZADD', KEYS[1], 'XX', 0, ARGV[i])
          end
        end
        return 1
        """;
}
