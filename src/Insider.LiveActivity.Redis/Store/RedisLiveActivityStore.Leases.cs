// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using Insider.LiveActivity.Hosting;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>The leases of <see cref="RedisLiveActivityStore"/>: claims, renewals and releases, each one Lua script over the open index.</summary>
public sealed partial class RedisLiveActivityStore
{
    /// <summary>How many leases one renewal or release script handles (a script blocks Redis while it runs).</summary>
    private const int LeaseBatch = 500;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LiveActivityLease>> ClaimAsync(string owner, int held, int max, DateTimeOffset now, TimeSpan duration, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfNegative(held);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(grace.Ticks, nameof(grace));
        cancellationToken.ThrowIfCancellationRequested();
        var expiresAt = now + duration;
        var result = await GuardAsync(() => _connection.GetDatabase().ScriptEvaluateAsync(
            StoreScripts.Claim,
            [_keys.Open, _keys.Hosts],
            [now.ToUnixTimeMilliseconds(), expiresAt.ToUnixTimeMilliseconds(), max, owner, _keys.RecordPrefix, (now - grace).ToUnixTimeMilliseconds(), held])).ConfigureAwait(false);
        var values = (RedisResult[])result!;
        var leases = new List<LiveActivityLease>(values.Length / 2);
        for (var i = 0; i < values.Length; i += 2)
        {
            leases.Add(Lease(owner, (long)values[i], (string)values[i + 1]!, expiresAt));
        }

        return leases;
    }

    /// <inheritdoc/>
    public async Task<LiveActivityLease?> TryClaimAsync(string key, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        cancellationToken.ThrowIfCancellationRequested();
        var digest = StoreKeys.Digest(key);
        var expiresAt = now + duration;
        var result = await GuardAsync(() => _connection.GetDatabase().ScriptEvaluateAsync(
            StoreScripts.TryClaim,
            [_keys.Record(digest), _keys.Open],
            [digest, now.ToUnixTimeMilliseconds(), expiresAt.ToUnixTimeMilliseconds(), owner])).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var values = (RedisResult[])result!;
        return Lease(owner, (long)values[0], (string)values[1]!, expiresAt);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, long>> RenewAsync(IReadOnlyCollection<LiveActivityLease> leases, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leases);
        var held = new Dictionary<string, long>(leases.Count, StringComparer.Ordinal);
        var expiresAt = (now + duration).ToUnixTimeMilliseconds();
        foreach (var batch in leases.Chunk(LeaseBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var arguments = new List<RedisValue>(2 + (2 * batch.Length)) { expiresAt, _keys.RecordPrefix };
            AddPairs(arguments, batch);
            var result = await GuardAsync(() => _connection.GetDatabase().ScriptEvaluateAsync(StoreScripts.Renew, [_keys.Open], [.. arguments])).ConfigureAwait(false);
            var revisions = (long[])result!;
            for (var i = 0; i < batch.Length; i++)
            {
                if (revisions[i] >= 0)
                {
                    held[batch[i].Key] = revisions[i];
                }
            }
        }

        return held;
    }

    /// <inheritdoc/>
    public Task SaveUnderLeaseAsync(LiveActivityRecord record, LiveActivityLease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(lease);
        if (!string.Equals(record.Key, lease.Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The lease is on the key '{lease.Key}', not on the record's key '{record.Key}'", nameof(lease));
        }

        return SaveAsync(record, lease.Token.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    /// <inheritdoc/>
    public async Task ReleaseAsync(IReadOnlyCollection<LiveActivityLease> leases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leases);
        foreach (var batch in leases.GroupBy(static l => l.Owner, StringComparer.Ordinal).SelectMany(static g => g.Chunk(LeaseBatch)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var arguments = new List<RedisValue>(2 + (2 * batch.Length)) { batch[0].Owner, _keys.RecordPrefix };
            AddPairs(arguments, batch);
            await GuardAsync(() => _connection.GetDatabase().ScriptEvaluateAsync(StoreScripts.Release, [_keys.Open, _keys.Hosts], [.. arguments])).ConfigureAwait(false);
        }
    }

    private static void AddPairs(List<RedisValue> arguments, IEnumerable<LiveActivityLease> leases)
    {
        foreach (var lease in leases)
        {
            arguments.Add(StoreKeys.Digest(lease.Key));
            arguments.Add(lease.Token.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static LiveActivityLease Lease(string owner, long token, string json, DateTimeOffset expiresAt)
    {
        var record = RecordJson.Deserialize(json);
        return new LiveActivityLease { Key = record.Key, Owner = owner, Token = token, ExpiresAt = expiresAt, Record = record };
    }
}
