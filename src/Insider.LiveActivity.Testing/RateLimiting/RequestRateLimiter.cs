// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>Fixed-window counter per API key + path + method; a window starts at the first request of its bucket.</summary>
internal sealed class RequestRateLimiter(int permitLimit, TimeSpan window)
{
    private readonly Dictionary<(string Key, string Path, string Method), Bucket> _buckets = [];

    /// <summary>Takes a permit; returns <see langword="false"/> when the bucket is exhausted. Caller holds the engine lock.</summary>
    public bool TryAcquire(string apiKey, string path, string method, DateTimeOffset now)
    {
        var key = (apiKey, path, method);
        if (!_buckets.TryGetValue(key, out var bucket) || now >= bucket.WindowStart + window)
        {
            bucket = new Bucket { WindowStart = now };
            _buckets[key] = bucket;
        }

        if (bucket.Count >= permitLimit)
        {
            return false;
        }

        bucket.Count++;
        return true;
    }

    private sealed class Bucket
    {
        public DateTimeOffset WindowStart { get; init; }

        public int Count { get; set; }
    }
}
