using Insider.LiveActivity.Hosting;
using Insider.LiveActivity.Hosting.Tests.Store;
using Insider.LiveActivity.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Insider.LiveActivity.Redis.Tests.Store;

/// <summary>The shared store contract (linked from the Hosting tests) on a real redis-server, and what only Redis needs: key names.</summary>
public sealed class RedisStoreContractTests(RedisFixture redis) : StoreContract, IClassFixture<RedisFixture>
{
    private readonly string _prefix = "{test-" + Guid.NewGuid().ToString("N") + "}";

    [Fact]
    public async Task Key_names_hold_the_prefix_and_a_SHA256_digest_never_the_key_ids_or_content()
    {
        var store = await CreateAsync();
        var secretKey = "order-4711-user@example.com";
        var first = await store.AddAsync(Record(secretKey) with { InsiderIds = ["insider-secret-id"] });
        await store.SaveAsync(first with { Revision = 2, ActivityId = "activity-secret" });

        var keys = redis.Server.Connect().GetServer(redis.Server.Configuration).Keys(pattern: _prefix + "*").Select(k => k.ToString()).ToList();

        var digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secretKey))).ToLowerInvariant();
        keys.Should().BeEquivalentTo([_prefix + ":open", _prefix + ":record:" + digest]);
        keys.Should().AllSatisfy(k => k.Should().NotContainAny(secretKey, "4711", "insider-secret-id", "activity-secret", "start"));
        var stored = await redis.Connection.GetDatabase().HashGetAsync(_prefix + ":record:" + digest, "r");
        stored.ToString().Should().Contain("\"Revision\":2", "the value is the record's JSON, as the SQLite store writes it");
    }

    [Fact]
    public void The_default_prefix_is_one_Redis_Cluster_hash_tag() =>
        RedisLiveActivityStore.DefaultKeyPrefix.Should().StartWith("{").And.EndWith("}");

    protected override ILiveActivityStore CreateStore() => new RedisLiveActivityStore(redis.Connection, _prefix);
}
