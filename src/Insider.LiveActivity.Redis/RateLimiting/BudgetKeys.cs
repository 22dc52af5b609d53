// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using StackExchange.Redis;

namespace Insider.LiveActivity.Redis;

/// <summary>
/// The Redis keys of one budget: <c>{prefix}:{{digest}:{endpoint}}:log</c> (the sliding log) and <c>...:pause</c> (the shared
/// 429 pause). The digest is <see cref="LiveActivityRateLimitContext.PartitionKey"/>, a SHA-256 of base address and API key:
/// the key itself, insider ids and content never reach Redis. The braces are a Redis Cluster hash tag, so both keys of a
/// budget live in one slot and a script may touch both.
/// </summary>
internal sealed class BudgetKeys
{
    public BudgetKeys(string prefix, LiveActivityRateLimitContext context)
    {
        var tag = prefix + ":{" + context.PartitionKey + ":" + EndpointName(context.Endpoint) + "}";
        Log = new RedisKey(tag + ":log");
        Pause = new RedisKey(tag + ":pause");
        Both = [Log, Pause];
    }

    public RedisKey Log { get; }

    public RedisKey Pause { get; }

    public RedisKey[] Both { get; }

    private static string EndpointName(LiveActivityEndpoint endpoint) => endpoint switch
    {
        LiveActivityEndpoint.Register => "register",
        LiveActivityEndpoint.AddUsers => "add-users",
        LiveActivityEndpoint.RemoveUsers => "remove-users",
        LiveActivityEndpoint.Start => "start",
        LiveActivityEndpoint.Update => "update",
        LiveActivityEndpoint.End => "end",
        _ => "endpoint-" + ((int)endpoint).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
