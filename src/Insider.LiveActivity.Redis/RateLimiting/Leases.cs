// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Threading.RateLimiting;

namespace Insider.LiveActivity.Redis;

/// <summary>The two leases the budget hands out; a permit is spent when taken (a sliding window returns nothing on release).</summary>
internal sealed class Leases : RateLimitLease
{
    private Leases(bool isAcquired) => IsAcquired = isAcquired;

    public static RateLimitLease Acquired { get; } = new Leases(isAcquired: true);

    public static RateLimitLease Rejected { get; } = new Leases(isAcquired: false);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
