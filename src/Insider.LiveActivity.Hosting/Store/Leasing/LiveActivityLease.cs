// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>A host's right to drive one record of an <see cref="ILiveActivityLeaseStore"/> until <see cref="ExpiresAt"/> (unless renewed).</summary>
public sealed record LiveActivityLease
{
    /// <summary>Gets the record's key.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the id of the host holding the lease.</summary>
    public required string Owner { get; init; }

    /// <summary>Gets the fencing token: incremented by every claim, so a write under an older token is refused.</summary>
    public long Token { get; init; }

    /// <summary>Gets when the lease expires unless renewed.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Gets the record as stored when the lease was claimed.</summary>
    public required LiveActivityRecord Record { get; init; }
}
