// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Runtime.Serialization;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>The peer's <c>/start</c>, <c>/update</c> and <c>/end</c> answer.</summary>
[DataContract]
public sealed class PeerPushSummary
{
    [DataMember(Name = "sessions_triggered", EmitDefaultValue = false)]
    public int SessionsTriggered { get; set; }

    [DataMember(Name = "skipped_not_synced", EmitDefaultValue = false)]
    public int SkippedNotSynced { get; set; }
}
