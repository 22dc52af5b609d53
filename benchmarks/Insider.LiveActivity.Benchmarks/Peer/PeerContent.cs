// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's push content; free-form content state as OpenAPI generators emit it.</summary>
[DataContract]
public sealed class PeerContent
{
    [DataMember(Name = "title", EmitDefaultValue = false)]
    public string? Title { get; set; }

    [DataMember(Name = "message", EmitDefaultValue = false)]
    public string? Message { get; set; }

    [DataMember(Name = "content_state", EmitDefaultValue = false)]
    public Dictionary<string, object> ContentState { get; set; } = [];
}
