// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's <c>/start</c>, <c>/update</c> and <c>/end</c> body.</summary>
[DataContract]
public sealed class PeerPushRequest
{
    [DataMember(Name = "activity_id", EmitDefaultValue = false)]
    public string ActivityId { get; set; } = string.Empty;

    [DataMember(Name = "activity_type", EmitDefaultValue = false)]
    public string ActivityType { get; set; } = string.Empty;

    [DataMember(Name = "content", EmitDefaultValue = false)]
    public PeerContent Content { get; set; } = new();
}
