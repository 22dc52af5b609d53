// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Insider.LiveActivity;

/// <summary>
/// Runs one call through the pipeline: the frozen settings, the endpoint URIs and the two pipelines (with and without
/// retries). Thread-safe and shared by every client built from the same options (one per DI container).
/// </summary>
internal sealed partial class LiveActivityInvoker
{
    private const string ApiKeyHeader = "X-Api-Key";

    private readonly string _apiKey;
    private readonly bool _apiKeyHeaderAddedByHandler; // a DI client adds the key below IHttpClientFactory's handlers (ApiKeyHeaderHandler)
    private readonly Uri[] _uris;
    private readonly int _maxResponseBytes;
    private readonly ResiliencePipeline<AttemptOutcome> _attempt;
    private readonly ResiliencePipeline<AttemptOutcome>? _retry;
    private readonly string[] _attemptSpanNames;
    private readonly ILogger _logger;

    public LiveActivityInvoker(LiveActivityOptions options, ILogger? logger = null, TimeProvider? timeProvider = null, ILiveActivityRateLimiter? rateLimiter = null, bool apiKeyHeaderAddedByHandler = false)
    {
        _apiKeyHeaderAddedByHandler = apiKeyHeaderAddedByHandler;
        Guard.NotNull(options, nameof(options));
        LiveActivityOptionsValidator.ThrowIfInvalid(options);
        _apiKey = options.ApiKey;
        _maxResponseBytes = options.MaxResponseBytes;
        MaxInsiderIdsPerRequest = options.MaxInsiderIdsPerRequest;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;

        var absolute = options.BaseAddress.AbsoluteUri;
        var baseAddress = absolute[absolute.Length - 1] == '/' ? options.BaseAddress : new Uri(absolute + "/");
        _uris = new Uri[EndpointInfo.Count];
        for (var i = 0; i < _uris.Length; i++)
        {
            _uris[i] = new Uri(baseAddress, ((LiveActivityEndpoint)i).RelativePath());
        }

        ReconcileUnknownOutcomes = options.ReconcileUnknownOutcomes;
        MaxRetries = options.Retry.MaxRetries;
        SegmentConcurrency = options.SegmentConcurrency;
        var rateLimitStage = options.RateLimit.Enabled ? CreateRateLimitStage(options, rateLimiter ?? InProcessLiveActivityRateLimiter.Shared) : null;
        _attempt = LiveActivityPipelineFactory.CreateAttempt(options, TimeProvider, rateLimitStage);
        _retry = LiveActivityPipelineFactory.CreateRetry(options, TimeProvider, _logger, rateLimited: rateLimitStage is not null);
        _attemptSpanNames = new string[_uris.Length];
        for (var i = 0; i < _attemptSpanNames.Length; i++)
        {
            _attemptSpanNames[i] = "attempt " + ((LiveActivityEndpoint)i).DisplayName();
        }
    }

    public bool ReconcileUnknownOutcomes { get; }

    public int MaxRetries { get; }

    public int SegmentConcurrency { get; }

    public int MaxInsiderIdsPerRequest { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Runs the call. The returned task is the client's: every failure arrives through it. <paramref name="complete"/>
    /// (a static lambda) finishes a successful response, after the call is recorded; what it throws fails the task.
    /// </summary>
#if NET6_0_OR_GREATER
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    public async ValueTask<TResponse> SendAsync<TRequest, TResponse>(
        HttpClient httpClient,
        LiveActivityEndpoint endpoint,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        string? activityId,
        CancellationToken cancellationToken,
        Func<TRequest, TResponse, TResponse>? complete = null,
        ReconcileStep reconcile = ReconcileStep.None)
        where TResponse : class
    {
        var call = new Call<TRequest, TResponse>(this, httpClient, endpoint, request, requestType, responseType, activityId);
        var startedAt = TimeProvider.GetTimestamp();
        using var span = LiveActivityTelemetry.Source.StartActivity(endpoint.DisplayName(), ActivityKind.Internal);
        span?.SetTag(TelemetryTags.Endpoint, endpoint.DisplayName());
        span?.SetTag(TelemetryTags.ActivityId, activityId);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        Outcome<AttemptOutcome> outcome;
        try
        {
            context.Properties.Set(CallState.Key, call);
            outcome = await _attempt.ExecuteOutcomeAsync(Call<TRequest, TResponse>.Attempt, context, call).ConfigureAwait(false);
            if (_retry is not null && endpoint.IsIdempotent() && LiveActivityPipelineFactory.ShouldRetry(outcome)
                && !cancellationToken.IsCancellationRequested)
            {
                // The first attempt failed in a retryable way: the retry takes it as its first attempt's outcome.
                call.FirstOutcome = outcome;
                outcome = await _retry.ExecuteOutcomeAsync(
                    static (ctx, state) => state.NextAttemptAsync(ctx),
                    context,
                    call).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            RecordCall(span, call, startedAt, "canceled", null);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Result is { IsSuccess: true } success)
        {
            RecordCall(span, call, startedAt, "success", null);
            var value = (TResponse)success.Value!;
            return complete is null ? value : complete(request, value);
        }

        if (outcome.Exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            RecordCall(span, call, startedAt, "canceled", null);
            outcome.ThrowIfException();
        }

        var error = ExceptionMapper.Map(outcome.Result, outcome.Exception, endpoint, activityId, call.Attempts, reconciling: reconcile == ReconcileStep.FirstSend);
        RecordCall(span, call, startedAt, "failure", error);
        LogFailure(error, outcome, call, reconcile);
        throw error;
    }

    /// <summary>Logs a failed call once: an error, unless it is a failure reconciliation expects (<see cref="ReconcileStep"/>).</summary>
    private void LogFailure(LiveActivityException error, in Outcome<AttemptOutcome> outcome, CallState call, ReconcileStep reconcile)
    {
        var endpoint = call.Endpoint;
        var name = endpoint.DisplayName();
        if (reconcile == ReconcileStep.FirstSend && error is LiveActivityOutcomeUnknownException)
        {
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                Log.OutcomeUnknownReconciling(_logger, name, call.ActivityId, call.Attempts);
            }
        }
        else if (reconcile == ReconcileStep.SecondSend && ProvesFirstSendLanded(error, endpoint))
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                Log.Reconciled(_logger, name, call.ActivityId, (int?)error.StatusCode, error.ErrorCode);
            }
        }
        else
        {
            Log.CallFailed(_logger, name, call.Attempts, (int?)error.StatusCode, error.ErrorCode, ExceptionMapper.ErrorText(outcome), call.ActivityId, call.LastAttemptAt, error.IsSafeToRetry);
        }
    }

    /// <summary>Whether the answer to the second send of a reconciled call proves the first one landed: 409 on /start, 404 on /end.</summary>
    internal static bool ProvesFirstSendLanded(LiveActivityException error, LiveActivityEndpoint endpoint) =>
        (endpoint == LiveActivityEndpoint.Start && error is ActivityAlreadyStartedException)
        || (endpoint == LiveActivityEndpoint.End && error is ActivityNotFoundException);

    private static LiveActivityRateLimitContext[] CreateRateLimitContexts(LiveActivityOptions options, TimeProvider timeProvider)
    {
        var partition = LiveActivityRateLimitContext.CreatePartitionKey(options.BaseAddress, options.ApiKey);
        var contexts = new LiveActivityRateLimitContext[EndpointInfo.Count];
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = new LiveActivityRateLimitContext(partition, (LiveActivityEndpoint)i, options.RateLimit, options.Retry, timeProvider);
        }

        return contexts;
    }

    private RateLimitStage CreateRateLimitStage(LiveActivityOptions options, ILiveActivityRateLimiter limiter) =>
        new(limiter, CreateRateLimitContexts(options, TimeProvider), TimeProvider);

#if NET5_0_OR_GREATER
    private static bool ContainsOrdinal(string text, string value) => text.Contains(value, StringComparison.Ordinal);
#else
    private static bool ContainsOrdinal(string text, string value) => text.IndexOf(value, StringComparison.Ordinal) >= 0;
#endif

    /// <summary>What System.Text.Json throws for a body that is not the documented JSON (bad syntax, wrong types, invalid UTF-8, overflow).</summary>
    private static bool IsParseFailure(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException or OverflowException;

    private static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };

    private static ErrorEnvelope? TryReadEnvelope(in PooledBody body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return body.Deserialize(LiveActivityJsonContext.Default.ErrorEnvelope);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            return null;
        }
    }
}
