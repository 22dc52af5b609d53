// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's <c>/register</c> body, shaped like an OpenAPI-generated model.</summary>
[DataContract]
public sealed class PeerRegisterRequest
{
    [DataMember(Name = "activity_type", EmitDefaultValue = false)]
    public string ActivityType { get; set; } = string.Empty;

    [DataMember(Name = "insider_ids", EmitDefaultValue = false)]
    public List<string> InsiderIds { get; set; } = [];

    [DataMember(Name = "ends_at", EmitDefaultValue = false)]
    public DateTimeOffset EndsAt { get; set; }
}
