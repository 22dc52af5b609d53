// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The store's Lua scripts: each runs atomically on the server, so a write and the open index never disagree and a save is a
/// compare-and-set on the revision (the fencing token). A record is a hash: <c>v</c> the revision, <c>r</c> the record JSON.
/// </summary>
internal static class StoreScripts
{
    /// <summary>KEYS: record, open. ARGV: revision, json, open (1/0), digest. Returns nil when added, else the stored JSON.</summary>
    public const string Add = """
        local existing = redis.call('HGET', KEYS[1], 'r')
        if existing then return existing end
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'r', ARGV[2])
        if ARGV[3] == '1' then redis.call('SADD', KEYS[2], ARGV[4]) end
        return false
        """;

    /// <summary>KEYS: record, open. ARGV: revision, json, open (1/0), digest. Returns 1 when saved, 0 when the stored revision is not revision − 1.</summary>
    public const string Save = """
        local current = redis.call('HGET', KEYS[1], 'v')
        if not current or tonumber(current) ~= tonumber(ARGV[1]) - 1 then return 0 end
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'r', ARGV[2])
        if ARGV[3] == '1' then redis.call('SADD', KEYS[2], ARGV[4]) else redis.call('SREM', KEYS[2], ARGV[4]) end
        return 1
        """;
}
