// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// A client of Insider One's Live Activities API: <c>/register</c> → (<c>/add-users</c>, <c>/remove-users</c>)* →
/// <c>/start</c> → <c>/update</c>* → <c>/end</c>. Every method validates its request before sending it, retries only
/// what the API documents as safe to retry, and throws a <see cref="LiveActivityException"/> (or a type derived from it)
/// for every failure but the caller's own cancellation.
/// </summary>
public interface ILiveActivityClient
{
    /// <summary>Registers a segment of insiders for an activity type and creates an activity (retried on transient failures).</summary>
    /// <param name="request">The activity type, the insider ids and the activity's latest end time.</param>
    /// <param name="cancellationToken">A token that cancels the call, including backoff waits.</param>
    /// <returns>The new activity id and what happened to each device.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The request breaks a documented rule.</exception>
    /// <exception cref="NoEligibleDeviceException">Every insider was filtered out; no activity was created.</exception>
    /// <exception cref="LiveActivityException">Any other failure.</exception>
    Task<ActivityRegistration> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds insiders to an activity that has not started yet (retried on transient failures).</summary>
    /// <param name="request">The activity and the insider ids to add.</param>
    /// <param name="cancellationToken">A token that cancels the call, including backoff waits.</param>
    /// <returns>The counters of this call.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ActivityAlreadyStartedException">The activity has started.</exception>
    /// <exception cref="ActivityNotFoundException">The activity does not exist.</exception>
    /// <exception cref="LiveActivityException">Any other failure.</exception>
    Task<ActivityRegistration> AddUsersAsync(AddUsersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes insiders from an activity that has not started yet (retried on transient failures).</summary>
    /// <param name="request">The activity and the insider ids to remove; ids not in the activity are skipped.</param>
    /// <param name="cancellationToken">A token that cancels the call, including backoff waits.</param>
    /// <returns>The number of devices removed (<see cref="ActivityRegistration.Removed"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ActivityAlreadyStartedException">The activity has started.</exception>
    /// <exception cref="LiveActivityException">Any other failure.</exception>
    Task<ActivityRegistration> RemoveUsersAsync(RemoveUsersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Starts a registered activity and sends the first push. Never retried automatically.</summary>
    /// <param name="request">The activity, the first content (with title and message) and optional target devices.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The number of pushes handed to Apple.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ActivityAlreadyStartedException">The activity was started already.</exception>
    /// <exception cref="LiveActivityOutcomeUnknownException">The call failed in transport or timed out: it may have started the activity.</exception>
    /// <exception cref="LiveActivityException">Any other failure.</exception>
    Task<PushSummary> StartAsync(StartRequest request, CancellationToken cancellationToken = default);

    /// <summary>Pushes new content to a started activity (retried on transient failures and while tokens sync).</summary>
    /// <param name="request">The activity, the new content and optional target devices.</param>
    /// <param name="cancellationToken">A token that cancels the call, including backoff waits.</param>
    /// <returns>The pushes handed to Apple and the devices skipped because their token has not synced yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="PushTokenNotSyncedException">No target device synced its token within the retries.</exception>
    /// <exception cref="ActivityNotFoundException">The activity ended or expired.</exception>
    /// <exception cref="LiveActivityException">Any other failure.</exception>
    Task<PushSummary> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends the final push and deletes the activity. Never retried automatically.</summary>
    /// <param name="request">The activity, the final content and optional target devices.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The final pushes handed to Apple and the devices skipped because their token has not synced yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ActivityNotFoundException">The activity is already closed.</exception>
    /// <exception cref="PushTokenNotSyncedException">No target device synced its token; the activity was not deleted.</exception>
    /// <exception cref="LiveActivityOutcomeUnknownException">The call failed in transport or timed out: it may have ended the activity.</exception>
    /// <exception cref="LiveActivityException">Any other failure.</exception>
    Task<PushSummary> EndAsync(EndRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers a segment of any size as ONE activity: de-duplicates the ids, sends the first
    /// <see cref="LiveActivityOptions.MaxInsiderIdsPerRequest"/> through <c>/register</c> and the rest through <c>/add-users</c> with bounded
    /// concurrency (<see cref="LiveActivityOptions.SegmentConcurrency"/>), and re-sends a chunk answered <c>partial</c> until it is complete or
    /// <see cref="LiveActivityRetryOptions.MaxRetries"/> re-sends are spent. An error that concerns the whole activity (401, 403, 404, 409)
    /// stops the chunks not sent yet. Every id ends up confirmed or listed in <see cref="SegmentRegistration.UnconfirmedInsiderIds"/>.
    /// </summary>
    /// <param name="request">The activity type, the insider ids (any number) and the activity's latest end time.</param>
    /// <param name="progress">Receives a report after each chunk, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the remaining chunks.</param>
    /// <returns>The activity id, the summed counters and the ids not confirmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The request breaks a documented rule; nothing was sent.</exception>
    /// <exception cref="NoEligibleDeviceException">Every insider of the segment was filtered out; no activity was created.</exception>
    /// <exception cref="LiveActivityException">The activity could not be created; no chunk was added.</exception>
    Task<SegmentRegistration> RegisterSegmentAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes insiders of any number from a registered activity through <c>/remove-users</c> chunks (bounded concurrency). An error that
    /// concerns the whole activity (401, 403, 404, 409) stops the chunks not sent yet; their ids are listed as unconfirmed.
    /// </summary>
    /// <param name="request">The activity and the insider ids to remove.</param>
    /// <param name="progress">Receives a report after each chunk, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the remaining chunks.</param>
    /// <returns>The devices removed and the ids not confirmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The request breaks a documented rule; nothing was sent.</exception>
    Task<SegmentRegistration> RemoveSegmentUsersAsync(RemoveSegmentUsersRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default);
}
