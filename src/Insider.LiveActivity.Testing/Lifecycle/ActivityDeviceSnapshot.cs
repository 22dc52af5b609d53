// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>A device registered in an emulated activity, as seen at the time of the snapshot.</summary>
public sealed class ActivityDeviceSnapshot
{
    internal ActivityDeviceSnapshot(string insiderId, string udid, DateTimeOffset? tokenSyncedAt, bool tokenSynced)
    {
        InsiderId = insiderId;
        Udid = udid;
        TokenSyncedAt = tokenSyncedAt;
        IsTokenSynced = tokenSynced;
    }

    /// <summary>Gets the insider id owning the device.</summary>
    public string InsiderId { get; }

    /// <summary>Gets the unique device id.</summary>
    public string Udid { get; }

    /// <summary>Gets when the per-activity token is (or will be) synced; <see langword="null"/> when the device got no start push.</summary>
    public DateTimeOffset? TokenSyncedAt { get; }

    /// <summary>Gets a value indicating whether the per-activity token was synced at the time of the snapshot.</summary>
    public bool IsTokenSynced { get; }
}
