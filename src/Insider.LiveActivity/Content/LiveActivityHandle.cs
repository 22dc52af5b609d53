// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>
/// The typed calls of one activity type: the C# mirror of the Swift attributes struct (<typeparamref name="TAttributes"/>) and of its
/// <c>ContentState</c> (<typeparamref name="TState"/>), encoded as Swift's default <c>Codable</c> (see <see cref="LiveActivityContentEncoding"/>).
/// Each call returns what the untyped call returns and throws what it throws; a state or attributes value Swift could not decode is a
/// <see cref="LiveActivityValidationException"/> before anything is sent. Thread-safe; create it once with
/// <see cref="LiveActivityClientExtensions.ForActivity{TAttributes, TState}(ILiveActivityClient)"/> and keep it.
/// </summary>
/// <typeparam name="TAttributes">The attributes type (its static fields); <see cref="LiveActivityTypeAttribute"/> names the <c>activity_type</c>.</typeparam>
/// <typeparam name="TState">The content-state type.</typeparam>
public sealed class LiveActivityHandle<TAttributes, TState>
{
    private readonly ILiveActivityClient _client;
    private readonly JsonTypeInfo<TAttributes> _attributesInfo;
    private readonly JsonTypeInfo<TState> _stateInfo;

    internal LiveActivityHandle(ILiveActivityClient client, JsonSerializerOptions options)
    {
        _client = client;
        Options = options;
        _attributesInfo = LiveActivityContentEncoding.GetTypeInfo<TAttributes>(options);
        _stateInfo = LiveActivityContentEncoding.GetTypeInfo<TState>(options);
        ActivityType = LiveActivityContentEncoding.GetActivityType<TAttributes>();
    }

    /// <summary>Gets the <c>activity_type</c> every call sends.</summary>
    public string ActivityType { get; }

    /// <summary>Gets the (read-only) Swift-Codable options the state and attributes are encoded with.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Registers insiders for this activity type (<c>/register</c>), as <see cref="ILiveActivityClient.RegisterAsync"/>.</summary>
    /// <param name="insiderIds">The insider ids: 1 to <see cref="LiveActivityOptions.MaxInsiderIdsPerRequest"/>.</param>
    /// <param name="endsAt">The latest time the activity may live until: 5 minutes to 7 days from now.</param>
    /// <param name="cancellationToken">A token that cancels the call, including backoff waits.</param>
    /// <returns>The new activity id and what happened to each device.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="insiderIds"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityException">As <see cref="ILiveActivityClient.RegisterAsync"/>.</exception>
    public Task<ActivityRegistration> RegisterAsync(IEnumerable<string> insiderIds, DateTimeOffset endsAt, CancellationToken cancellationToken = default)
    {
        if (insiderIds is null)
        {
            return Task.FromException<ActivityRegistration>(new ArgumentNullException(nameof(insiderIds)));
        }

        var ids = insiderIds as IReadOnlyList<string> ?? insiderIds.ToList();
        return _client.RegisterAsync(new RegisterRequest { ActivityType = ActivityType, InsiderIds = ids, EndsAt = endsAt }, cancellationToken);
    }

    /// <summary>Starts a registered activity (<c>/start</c>), as <see cref="ILiveActivityClient.StartAsync"/>. Never retried automatically.</summary>
    /// <param name="activityId">The id returned by <c>/register</c>.</param>
    /// <param name="attributes">The attributes, sent as <c>content.attributes</c>.</param>
    /// <param name="state">The first state, sent as <c>content.content_state</c>.</param>
    /// <param name="alert">The alert Apple needs to start an activity: <c>content.title</c> and <c>content.message</c>.</param>
    /// <param name="targetDevices">The devices to push to, or <see langword="null"/> for every eligible device.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The number of pushes handed to Apple.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/>, <paramref name="state"/> or <paramref name="alert"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The state or attributes cannot be decoded by Swift, or the state is over 4,096 bytes; nothing was sent.</exception>
    /// <exception cref="LiveActivityException">As <see cref="ILiveActivityClient.StartAsync"/>.</exception>
    public Task<PushSummary> StartAsync(string activityId, TAttributes attributes, TState state, LiveActivityAlert alert, IReadOnlyList<TargetDevice>? targetDevices = null, CancellationToken cancellationToken = default)
    {
        StartRequest request;
        try
        {
            Guard.NotNull(attributes, nameof(attributes));
            Guard.NotNull(alert, nameof(alert));
            var encodedAttributes = ContentEncoder.Encode(attributes, _attributesInfo, "attributes", checkSize: false, LiveActivityEndpoint.Start, activityId);
            var content = CreateContent(LiveActivityEndpoint.Start, activityId, state, alert, encodedAttributes);
            request = new StartRequest { ActivityId = activityId, ActivityType = ActivityType, Content = content, TargetDevices = targetDevices };
        }
        catch (Exception exception)
        {
            return Task.FromException<PushSummary>(exception);
        }

        return _client.StartAsync(request, cancellationToken);
    }

    /// <summary>Pushes a new state (<c>/update</c>), as <see cref="ILiveActivityClient.UpdateAsync"/>.</summary>
    /// <param name="activityId">The activity id.</param>
    /// <param name="state">The new state, sent as <c>content.content_state</c>.</param>
    /// <param name="alert">An optional alert (<c>content.title</c>, <c>content.message</c>), or <see langword="null"/>.</param>
    /// <param name="targetDevices">The devices to push to, or <see langword="null"/> for every eligible device.</param>
    /// <param name="cancellationToken">A token that cancels the call, including backoff waits.</param>
    /// <returns>The pushes handed to Apple and the devices skipped because their token has not synced yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The state cannot be decoded by Swift, or is over 4,096 bytes; nothing was sent.</exception>
    /// <exception cref="LiveActivityException">As <see cref="ILiveActivityClient.UpdateAsync"/>.</exception>
    public Task<PushSummary> UpdateAsync(string activityId, TState state, LiveActivityAlert? alert = null, IReadOnlyList<TargetDevice>? targetDevices = null, CancellationToken cancellationToken = default)
    {
        UpdateRequest request;
        try
        {
            var content = CreateContent(LiveActivityEndpoint.Update, activityId, state, alert, attributes: null);
            request = new UpdateRequest { ActivityId = activityId, ActivityType = ActivityType, Content = content, TargetDevices = targetDevices };
        }
        catch (Exception exception)
        {
            // As from an async method: every failure, argument checks included, is in the returned task.
            return Task.FromException<PushSummary>(exception);
        }

        return _client.UpdateAsync(request, cancellationToken);
    }

    /// <summary>Sends the final state and deletes the activity (<c>/end</c>), as <see cref="ILiveActivityClient.EndAsync"/>. Never retried automatically.</summary>
    /// <param name="activityId">The activity id.</param>
    /// <param name="state">The final state, sent as <c>content.content_state</c>.</param>
    /// <param name="alert">An optional alert (<c>content.title</c>, <c>content.message</c>), or <see langword="null"/>.</param>
    /// <param name="targetDevices">The devices to push to, or <see langword="null"/> for every eligible device.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The final pushes handed to Apple and the devices skipped because their token has not synced yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The state cannot be decoded by Swift, or is over 4,096 bytes; nothing was sent.</exception>
    /// <exception cref="LiveActivityException">As <see cref="ILiveActivityClient.EndAsync"/>.</exception>
    public Task<PushSummary> EndAsync(string activityId, TState state, LiveActivityAlert? alert = null, IReadOnlyList<TargetDevice>? targetDevices = null, CancellationToken cancellationToken = default)
    {
        EndRequest request;
        try
        {
            var content = CreateContent(LiveActivityEndpoint.End, activityId, state, alert, attributes: null);
            request = new EndRequest { ActivityId = activityId, ActivityType = ActivityType, Content = content, TargetDevices = targetDevices };
        }
        catch (Exception exception)
        {
            // As from an async method: every failure, argument checks included, is in the returned task.
            return Task.FromException<PushSummary>(exception);
        }

        return _client.EndAsync(request, cancellationToken);
    }

    private LiveActivityContent CreateContent(LiveActivityEndpoint endpoint, string activityId, TState state, LiveActivityAlert? alert, System.Text.Json.Nodes.JsonObject? attributes)
    {
        Guard.NotNull(state, nameof(state));
        return new LiveActivityContent
        {
            Title = alert?.Title,
            Message = alert?.Message,
            ContentState = ContentEncoder.Encode(state, _stateInfo, "content_state", checkSize: true, endpoint, activityId),
            Attributes = attributes,
        };
    }
}
