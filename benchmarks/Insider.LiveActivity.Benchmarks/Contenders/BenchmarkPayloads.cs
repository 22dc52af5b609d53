// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Benchmarks.Contenders;

/// <summary>The values every contender sends, so that the wire bodies match.</summary>
internal static class BenchmarkPayloads
{
    public const string ApiKey = "bench-api-key";
    public const string ActivityType = "DeliveryActivityAttributes";
    public const string ActivityId = "550e8400-e29b-41d4-a716-446655440000";
    public const string Title = "Your order is being prepared";
    public const string Message = "Estimated delivery: 14:30";

    /// <summary>The per-call /register size.</summary>
    public const int SmallIdCount = 10;

    /// <summary>The documented maximum of one /register.</summary>
    public const int LargeIdCount = 10_000;

    public static string[] InsiderIds(int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = "insider-" + i.ToString("D6", CultureInfo.InvariantCulture);
        }

        return ids;
    }

    /// <summary>The ends_at the SDK's clock check accepts for the whole run: one hour ahead.</summary>
    public static DateTimeOffset EndsAt() => DateTimeOffset.UtcNow.AddHours(1);

    /// <summary>A small content state (two keys), as the System.Text.Json contenders send it.</summary>
    public static JsonObject ContentState() => new() { ["status"] = "in_transit", ["etaMinutes"] = 30 };

    /// <summary>The same content state, as the Newtonsoft contenders send it.</summary>
    public static Dictionary<string, object> ContentStateDictionary() => new() { ["status"] = "in_transit", ["etaMinutes"] = 30 };
}
