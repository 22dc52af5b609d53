// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The Redis keys of the orchestrator's store: <c>{prefix}:record:{sha256-hex of the activity key}</c> (a hash: revision, record JSON,
/// fencing token, holder), <c>{prefix}:open</c> (a sorted set of the digests of open records, scored by lease expiry) and
/// <c>{prefix}:hosts</c> (the live hosts' ids, for fair shares). The caller's
/// key only ever appears as its SHA-256 digest, so key names hold no insider id and no content. The default prefix is a Redis Cluster
/// hash tag, so a script may touch several records and the index.
/// </summary>
internal sealed class StoreKeys(string prefix)
{
    public RedisKey Open { get; } = new(prefix + ":open");

    /// <summary>Gets the sorted set of the hosts that claimed within a lease time (their id, scored by when that expires), for fair shares.</summary>
    public RedisKey Hosts { get; } = new(prefix + ":hosts");

    /// <summary>Gets the prefix of every record key (a digest completes it), for the scripts that visit several records.</summary>
    public string RecordPrefix { get; } = prefix + ":record:";

    public static string Digest(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    public RedisKey Record(string digest) => new(RecordPrefix + digest);
}
