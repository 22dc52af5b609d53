// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Polly;

namespace Insider.LiveActivity;

/// <summary>What the pipeline's stages know about the call in flight (carried in the Polly context).</summary>
internal class CallState(LiveActivityEndpoint endpoint, string? activityId)
{
    public static readonly ResiliencePropertyKey<CallState> Key = new("Insider.LiveActivity.Call");

    public LiveActivityEndpoint Endpoint { get; } = endpoint;

    public string? ActivityId { get; } = activityId;

    /// <summary>Gets or sets the number of HTTP attempts started so far.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Gets or sets the token of the attempt in flight, set by the per-attempt timeout stage; when it cannot be cancelled
    /// (no timeout stage) the attempt runs on the call's own token.
    /// </summary>
    public CancellationToken AttemptToken { get; set; }

    /// <summary>Gets or sets when the latest attempt started.</summary>
    public DateTimeOffset LastAttemptAt { get; set; }
}
