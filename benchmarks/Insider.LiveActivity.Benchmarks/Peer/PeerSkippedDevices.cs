// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's <c>skipped</c> counters.</summary>
[DataContract]
public sealed class PeerSkippedDevices
{
    [DataMember(Name = "push_permission_disabled", EmitDefaultValue = false)]
    public int PushPermissionDisabled { get; set; }

    [DataMember(Name = "unsupported_platform", EmitDefaultValue = false)]
    public int UnsupportedPlatform { get; set; }

    [DataMember(Name = "unsupported_os_version", EmitDefaultValue = false)]
    public int UnsupportedOsVersion { get; set; }

    [DataMember(Name = "push_to_start_token_missing", EmitDefaultValue = false)]
    public int PushToStartTokenMissing { get; set; }

    [DataMember(Name = "user_not_found", EmitDefaultValue = false)]
    public int UserNotFound { get; set; }
}
