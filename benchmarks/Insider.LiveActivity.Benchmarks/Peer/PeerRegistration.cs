// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's <c>/register</c> answer.</summary>
[DataContract]
public sealed class PeerRegistration
{
    [DataMember(Name = "activity_id", EmitDefaultValue = false)]
    public string? ActivityId { get; set; }

    [DataMember(Name = "matched", EmitDefaultValue = false)]
    public int Matched { get; set; }

    [DataMember(Name = "added", EmitDefaultValue = false)]
    public int Added { get; set; }

    [DataMember(Name = "refreshed", EmitDefaultValue = false)]
    public int Refreshed { get; set; }

    [DataMember(Name = "removed", EmitDefaultValue = false)]
    public int Removed { get; set; }

    [DataMember(Name = "skipped", EmitDefaultValue = false)]
    public PeerSkippedDevices? Skipped { get; set; }

    [DataMember(Name = "gdpr_denied_details", EmitDefaultValue = false)]
    public List<PeerGdprDeniedInsider>? GdprDeniedDetails { get; set; }

    [DataMember(Name = "partial", EmitDefaultValue = false)]
    public bool Partial { get; set; }

    [DataMember(Name = "unprocessed_insider_id_count", EmitDefaultValue = false)]
    public int UnprocessedInsiderIdCount { get; set; }
}
