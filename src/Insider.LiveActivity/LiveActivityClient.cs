// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace Insider.LiveActivity;

/// <summary>
/// The client of Insider One's Live Activities API. Thread-safe: make one and share it (or register it with
/// <c>services.AddInsiderLiveActivity(...)</c>). It reads its <see cref="LiveActivityOptions"/> once, at construction.
/// </summary>
public sealed class LiveActivityClient : ILiveActivityClient, IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly LiveActivityInvoker _invoker;

    /// <summary>Initializes a new instance of the <see cref="LiveActivityClient"/> class that owns its own <see cref="HttpClient"/> (dispose the client to release it).</summary>
    /// <param name="options">The settings; <see cref="LiveActivityOptions.ApiKey"/> is required.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names the option.</exception>
    public LiveActivityClient(LiveActivityOptions options)
        : this(new LiveActivityInvoker(options))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityClient"/> class over an <see cref="HttpClient"/> the caller owns.</summary>
    /// <param name="httpClient">The HTTP client. Its own <see cref="HttpClient.Timeout"/> should be longer than <see cref="LiveActivityOptions.Timeout"/>.</param>
    /// <param name="options">The settings; <see cref="LiveActivityOptions.ApiKey"/> is required.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names the option.</exception>
    public LiveActivityClient(HttpClient httpClient, LiveActivityOptions options)
        : this(httpClient, options, logger: null, timeProvider: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityClient"/> class with a logger and a clock.</summary>
    /// <param name="httpClient">The HTTP client, owned by the caller.</param>
    /// <param name="options">The settings; <see cref="LiveActivityOptions.ApiKey"/> is required.</param>
    /// <param name="logger">Receives one entry per failed attempt and per failed call, or <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for validation of <c>ends_at</c>, backoff and timeouts, or <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message names the option.</exception>
    public LiveActivityClient(HttpClient httpClient, LiveActivityOptions options, ILogger? logger, TimeProvider? timeProvider)
        : this(httpClient, new LiveActivityInvoker(options, logger, timeProvider), ownsHttpClient: false)
    {
    }

    /// <summary>Validates the options (through the invoker) before the owned HttpClient exists, so an invalid configuration leaks nothing.</summary>
    private LiveActivityClient(LiveActivityInvoker invoker)
        : this(CreateOwnedHttpClient(), invoker, ownsHttpClient: true)
    {
    }

    internal LiveActivityClient(HttpClient httpClient, LiveActivityInvoker invoker, bool ownsHttpClient)
    {
        Guard.NotNull(httpClient, nameof(httpClient));
        _httpClient = httpClient;
        _invoker = invoker;
        _ownsHttpClient = ownsHttpClient;
    }

    /// <inheritdoc/>
    public Task<ActivityRegistration> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default)
    {
        // Not async (one state machine fewer per call); every failure still arrives through the returned task.
        try
        {
            Guard.NotNull(request, nameof(request));
            RequestValidator.Validate(request, _invoker.MaxInsiderIdsPerRequest, _invoker.TimeProvider.GetUtcNow());
        }
        catch (Exception ex)
        {
            return Task.FromException<ActivityRegistration>(ex);
        }

        return _invoker.SendAsync(_httpClient, LiveActivityEndpoint.Register, new RegisterBody(request), LiveActivityJsonContext.Default.RegisterBody,
            LiveActivityJsonContext.Default.ActivityRegistration, activityId: null, cancellationToken, static (_, result) => RequireActivityId(result)).AsTask();
    }

    /// <inheritdoc/>
    public Task<ActivityRegistration> AddUsersAsync(AddUsersRequest request, CancellationToken cancellationToken = default) =>
        SendUsersAsync(LiveActivityEndpoint.AddUsers, request, cancellationToken);

    /// <inheritdoc/>
    public Task<ActivityRegistration> RemoveUsersAsync(RemoveUsersRequest request, CancellationToken cancellationToken = default) =>
        SendUsersAsync(LiveActivityEndpoint.RemoveUsers, request, cancellationToken);

    /// <inheritdoc/>
    public Task<PushSummary> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        SendPushAsync(LiveActivityEndpoint.Start, request, LiveActivityJsonContext.Default.StartRequest, cancellationToken);

    /// <inheritdoc/>
    public Task<PushSummary> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken = default) =>
        SendPushAsync(LiveActivityEndpoint.Update, request, LiveActivityJsonContext.Default.UpdateRequest, cancellationToken);

    /// <inheritdoc/>
    public Task<PushSummary> EndAsync(EndRequest request, CancellationToken cancellationToken = default) =>
        SendPushAsync(LiveActivityEndpoint.End, request, LiveActivityJsonContext.Default.EndRequest, cancellationToken);

    /// <inheritdoc/>
    public Task<SegmentRegistration> RegisterSegmentAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CreateSegmentRunner().RegisterAsync(request, progress, cancellationToken);

    /// <inheritdoc/>
    public Task<SegmentRegistration> RemoveSegmentUsersAsync(RemoveSegmentUsersRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        CreateSegmentRunner().RemoveAsync(request, progress, cancellationToken);

    /// <summary>Releases the <see cref="HttpClient"/> when the client created it; a caller's HttpClient is left alone.</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private static ActivityRegistration RequireActivityId(ActivityRegistration result) =>
        string.IsNullOrEmpty(result.ActivityId)
            ? throw new LiveActivityException("The /register response has no activity_id, so the activity cannot be driven (HTTP 200 from /register).")
                .WithCall(System.Net.HttpStatusCode.OK, null, LiveActivityEndpoint.Register, null, 1, isSafeToRetry: false)
            : result;

    private static ActivityRegistration WithActivityId(ActivityUsersRequest request, ActivityRegistration result) =>
        string.IsNullOrEmpty(result.ActivityId) ? result with { ActivityId = request.ActivityId } : result;

    private Task<ActivityRegistration> SendUsersAsync(LiveActivityEndpoint endpoint, ActivityUsersRequest request, CancellationToken cancellationToken)
    {
        try
        {
            Guard.NotNull(request, nameof(request));
            RequestValidator.Validate(request, endpoint, _invoker.MaxInsiderIdsPerRequest);
        }
        catch (Exception ex)
        {
            return Task.FromException<ActivityRegistration>(ex);
        }

        return endpoint == LiveActivityEndpoint.AddUsers
            ? _invoker.SendAsync(_httpClient, endpoint, (AddUsersRequest)request, LiveActivityJsonContext.Default.AddUsersRequest,
                LiveActivityJsonContext.Default.ActivityRegistration, request.ActivityId, cancellationToken, static (r, result) => WithActivityId(r, result)).AsTask()
            : _invoker.SendAsync(_httpClient, endpoint, (RemoveUsersRequest)request, LiveActivityJsonContext.Default.RemoveUsersRequest,
                LiveActivityJsonContext.Default.ActivityRegistration, request.ActivityId, cancellationToken, static (r, result) => WithActivityId(r, result)).AsTask();
    }

    private Task<PushSummary> SendPushAsync<TRequest>(LiveActivityEndpoint endpoint, TRequest request, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
        where TRequest : PushRequest
    {
        try
        {
            Guard.NotNull(request, nameof(request));
            RequestValidator.Validate(request, endpoint);
        }
        catch (Exception ex)
        {
            return Task.FromException<PushSummary>(ex);
        }

        // Only /start and /end can end with an unknown outcome; only they need the reconciling wrapper.
        return _invoker.ReconcileUnknownOutcomes && !endpoint.IsIdempotent()
            ? SendPushReconcilingAsync(endpoint, request, requestType, cancellationToken)
            : _invoker.SendAsync(_httpClient, endpoint, request, requestType, LiveActivityJsonContext.Default.PushSummary, request.ActivityId, cancellationToken).AsTask();
    }

    private async Task<PushSummary> SendPushReconcilingAsync<TRequest>(LiveActivityEndpoint endpoint, TRequest request, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
        where TRequest : PushRequest
    {
        try
        {
            return await _invoker.SendAsync(_httpClient, endpoint, request, requestType, LiveActivityJsonContext.Default.PushSummary, request.ActivityId, cancellationToken,
                reconcile: ReconcileStep.FirstSend).ConfigureAwait(false);
        }
        catch (LiveActivityOutcomeUnknownException unknown)
        {
            return await ReconcileAsync(endpoint, request, requestType, unknown, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a <c>/start</c> or <c>/end</c> whose outcome is unknown once more: 409 ALREADY_STARTED (start) or 404 NOT_FOUND (end)
    /// means the first attempt landed. Any other failure leaves the outcome unknown, as without reconciliation.
    /// </summary>
    private async Task<PushSummary> ReconcileAsync<TRequest>(
        LiveActivityEndpoint endpoint, TRequest request, JsonTypeInfo<TRequest> requestType, LiveActivityOutcomeUnknownException unknown, CancellationToken cancellationToken)
        where TRequest : PushRequest
    {
        // The reconciliation gets a span of its own (the second call's span is its child), tagged with what it concluded.
        using var span = LiveActivityTelemetry.Source.StartActivity("reconcile " + endpoint.DisplayName());
        span?.SetTag(TelemetryTags.Endpoint, endpoint.DisplayName());
        span?.SetTag(TelemetryTags.ActivityId, request.ActivityId);
        var reconciled = false;
        try
        {
            return await _invoker.SendAsync(_httpClient, endpoint, request, requestType, LiveActivityJsonContext.Default.PushSummary, request.ActivityId, cancellationToken,
                reconcile: ReconcileStep.SecondSend).ConfigureAwait(false);
        }
        catch (LiveActivityException landed) when (LiveActivityInvoker.ProvesFirstSendLanded(landed, endpoint))
        {
            reconciled = true;
            return new PushSummary { Reconciled = true };
        }
        catch (LiveActivityException second)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, nameof(LiveActivityOutcomeUnknownException));
            throw unknown.WithCall(unknown.StatusCode, unknown.ErrorCode, endpoint, request.ActivityId, unknown.Attempts + Math.Max(1, second.Attempts), isSafeToRetry: false);
        }
        finally
        {
            span?.SetTag(TelemetryTags.Reconciled, reconciled);
        }
    }

    private SegmentRunner CreateSegmentRunner() =>
        new(this, _invoker.MaxInsiderIdsPerRequest, _invoker.MaxRetries, _invoker.SegmentConcurrency, _invoker.TimeProvider);

    private static HttpClient CreateOwnedHttpClient()
    {
#if NET5_0_OR_GREATER
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
#else
        var handler = new HttpClientHandler();
#endif
        return new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }
}
