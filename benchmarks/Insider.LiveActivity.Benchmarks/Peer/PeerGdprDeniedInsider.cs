// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's <c>gdpr_denied_details</c> entry.</summary>
[DataContract]
public sealed class PeerGdprDeniedInsider
{
    [DataMember(Name = "insider_id", EmitDefaultValue = false)]
    public string? InsiderId { get; set; }

    [DataMember(Name = "devices_count", EmitDefaultValue = false)]
    public int DevicesCount { get; set; }
}
