// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// The typed calls of the orchestrator for one activity type: the C# mirror of the Swift attributes struct
/// (<typeparamref name="TAttributes"/>) and of its <c>ContentState</c> (<typeparamref name="TState"/>), encoded as Swift's default
/// <c>Codable</c> with <see cref="LiveActivityContentEncoding"/>. Every value is encoded and checked before the orchestrator is called:
/// a state Swift could not decode (NaN, a relative URL, an undeclared enum value) or over 4,096 bytes is a
/// <see cref="LiveActivityValidationException"/> and nothing is stored. Thread-safe; create it once with
/// <see cref="LiveActivityOrchestratorExtensions.ForActivity{TAttributes, TState}(ILiveActivityOrchestrator)"/> and keep it.
/// </summary>
/// <typeparam name="TAttributes">The attributes type; <see cref="LiveActivityTypeAttribute"/> names the <c>activity_type</c>.</typeparam>
/// <typeparam name="TState">The content-state type.</typeparam>
public sealed class OrchestratedActivity<TAttributes, TState>
{
    private readonly ILiveActivityOrchestrator _orchestrator;

    internal OrchestratedActivity(ILiveActivityOrchestrator orchestrator, JsonSerializerOptions options)
    {
        _orchestrator = orchestrator;
        Options = options;
        ActivityType = LiveActivityContentEncoding.GetActivityType<TAttributes>();
    }

    /// <summary>Gets the <c>activity_type</c> every plan is stored with.</summary>
    public string ActivityType { get; }

    /// <summary>Gets the Swift-Codable options the state and attributes are encoded with.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Stores a plan, as <see cref="ILiveActivityOrchestrator.PlanAsync"/>. Planning a key that exists returns its status and changes nothing.</summary>
    /// <param name="key">The caller's own id of the activity.</param>
    /// <param name="insiderIds">The insider ids of the segment.</param>
    /// <param name="endsAt">The activity's <c>ends_at</c>: 5 minutes to 7 days after its registration.</param>
    /// <param name="startAt">When <c>/start</c> is sent, or <see langword="null"/> for now.</param>
    /// <param name="attributes">The attributes, sent as <c>content.attributes</c> of <c>/start</c>.</param>
    /// <param name="startState">The first state, sent as <c>content.content_state</c> of <c>/start</c>.</param>
    /// <param name="alert">The alert <c>/start</c> requires (<c>content.title</c>, <c>content.message</c>).</param>
    /// <param name="finalState">The state of the automatic end, or <see langword="null"/> to end with the latest published state (for a value-type <typeparamref name="TState"/>, its default value is a state and is stored).</param>
    /// <param name="finalAlert">The alert of the automatic end, or <see langword="null"/>.</param>
    /// <param name="targetDevices">The devices to push to, or <see langword="null"/> for every eligible device.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The stored status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="insiderIds"/>, <paramref name="attributes"/>, <paramref name="startState"/> or <paramref name="alert"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">A value cannot be decoded by Swift or encodes to more than 4,096 bytes, or the plan breaks a rule of <see cref="ILiveActivityOrchestrator.PlanAsync"/>; nothing was stored.</exception>
    public Task<LiveActivityStatus> PlanAsync(
        string key,
        IReadOnlyList<string> insiderIds,
        DateTimeOffset endsAt,
        DateTimeOffset? startAt,
        TAttributes attributes,
        TState startState,
        LiveActivityAlert alert,
        TState? finalState = default,
        LiveActivityAlert? finalAlert = null,
        IReadOnlyList<TargetDevice>? targetDevices = null,
        CancellationToken cancellationToken = default)
    {
        LiveActivityPlan plan;
        try
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(insiderIds);
            ArgumentNullException.ThrowIfNull(attributes);
            ArgumentNullException.ThrowIfNull(alert);
            var encodedAttributes = LiveActivityContentEncoding.Encode(attributes, Options);
            plan = new LiveActivityPlan
            {
                Key = key,
                ActivityType = ActivityType,
                InsiderIds = insiderIds,
                EndsAt = endsAt,
                StartAt = startAt,
                StartContent = Content(startState, alert, encodedAttributes, nameof(startState)),
                FinalContent = finalState is null ? null : Content(finalState, finalAlert, null, nameof(finalState)),
                TargetDevices = targetDevices,
            };
        }
        catch (Exception exception)
        {
            // As from an async method: every failure, argument checks included, is in the returned task.
            return Task.FromException<LiveActivityStatus>(exception);
        }

        return _orchestrator.PlanAsync(plan, cancellationToken);
    }

    /// <summary>Stores the activity's new state, as <see cref="ILiveActivityOrchestrator.PublishAsync"/>. Coalesced: only the latest unsent state is sent.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="state">The new state.</param>
    /// <param name="alert">An optional alert sent with the update, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes once the store has the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The state cannot be decoded by Swift or encodes to more than 4,096 bytes; nothing was stored.</exception>
    /// <exception cref="KeyNotFoundException">No plan has the key.</exception>
    /// <exception cref="InvalidOperationException">The activity is ending or over.</exception>
    public Task PublishAsync(string key, TState state, LiveActivityAlert? alert = null, CancellationToken cancellationToken = default)
    {
        LiveActivityContent content;
        try
        {
            ArgumentNullException.ThrowIfNull(key);
            content = Content(state, alert, null, nameof(state));
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }

        return _orchestrator.PublishAsync(key, content, cancellationToken);
    }

    /// <summary>Stores the caller's end, as <see cref="ILiveActivityOrchestrator.EndAsync"/>: <c>/end</c> with <paramref name="finalState"/> is sent as soon as the budget allows.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="finalState">The final state.</param>
    /// <param name="alert">An optional alert sent with the end, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes once the store has the end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="finalState"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The state cannot be decoded by Swift or encodes to more than 4,096 bytes; nothing was stored.</exception>
    /// <exception cref="KeyNotFoundException">No plan has the key.</exception>
    public Task EndAsync(string key, TState finalState, LiveActivityAlert? alert = null, CancellationToken cancellationToken = default)
    {
        LiveActivityContent content;
        try
        {
            ArgumentNullException.ThrowIfNull(key);
            content = Content(finalState, alert, null, nameof(finalState));
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }

        return _orchestrator.EndAsync(key, content, cancellationToken);
    }

    /// <summary>Gets the status of an activity, as <see cref="ILiveActivityOrchestrator.GetStatusAsync"/>.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The status, or <see langword="null"/> when no plan has the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public Task<LiveActivityStatus?> GetStatusAsync(string key, CancellationToken cancellationToken = default) =>
        _orchestrator.GetStatusAsync(key, cancellationToken);

    private LiveActivityContent Content(TState? state, LiveActivityAlert? alert, JsonObject? attributes, string name)
    {
        if (state is null)
        {
            throw new ArgumentNullException(name);
        }

        return new LiveActivityContent
        {
            Title = alert?.Title,
            Message = alert?.Message,
            ContentState = LiveActivityContentEncoding.Encode(state, Options),
            Attributes = attributes,
        };
    }
}
