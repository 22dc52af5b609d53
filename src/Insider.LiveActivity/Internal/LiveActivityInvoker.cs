// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

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
    private readonly Uri[] _uris;
    private readonly int _maxResponseBytes;
    private readonly ResiliencePipeline<AttemptOutcome> _retrying;
    private readonly ResiliencePipeline<AttemptOutcome> _singleAttempt;
    private readonly ILogger _logger;

    public LiveActivityInvoker(LiveActivityOptions options, ILogger? logger = null, TimeProvider? timeProvider = null)
    {
        Guard.NotNull(options, nameof(options));
        LiveActivityOptionsValidator.ThrowIfInvalid(options);
        _apiKey = options.ApiKey;
        _maxResponseBytes = options.MaxResponseBytes;
        MaxInsiderIdsPerRequest = options.MaxInsiderIdsPerRequest;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;

        var absolute = options.BaseAddress.AbsoluteUri;
        var baseAddress = absolute[absolute.Length - 1] == '/' ? options.BaseAddress : new Uri(absolute + "/");
        _uris = new Uri[6];
        for (var i = 0; i < _uris.Length; i++)
        {
            _uris[i] = new Uri(baseAddress, ((LiveActivityEndpoint)i).RelativePath());
        }

        _retrying = LiveActivityPipelineFactory.Create(retries: true, options, TimeProvider, _logger);
        _singleAttempt = LiveActivityPipelineFactory.Create(retries: false, options, TimeProvider, _logger);
    }

    public int MaxInsiderIdsPerRequest { get; }

    public TimeProvider TimeProvider { get; }

    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpClient httpClient,
        LiveActivityEndpoint endpoint,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        string? activityId,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        var call = new Call<TRequest, TResponse>(this, httpClient, endpoint, request, requestType, responseType, activityId);
        var pipeline = endpoint.IsIdempotent() ? _retrying : _singleAttempt;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        Outcome<AttemptOutcome> outcome;
        try
        {
            context.Properties.Set(CallState.Key, call);
            outcome = await pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.RunAttemptAsync(ctx.CancellationToken),
                context,
                call).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Result is { IsSuccess: true } success)
        {
            return (TResponse)success.Value!;
        }

        if (outcome.Exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            outcome.ThrowIfException();
        }

        var error = ExceptionMapper.Map(outcome.Result, outcome.Exception, endpoint, activityId, call.Attempts);
        if (_logger.IsEnabled(LogLevel.Error))
        {
            var text = outcome.Result?.Envelope?.Error ?? outcome.Exception?.Message ?? outcome.Result?.Cause?.Message;
            Log.CallFailed(_logger, endpoint.DisplayName(), call.Attempts, (int?)error.StatusCode, error.ErrorCode, text, activityId, call.LastAttemptAt, error.IsSafeToRetry);
        }

        throw error;
    }

    private static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException or OperationCanceledException or System.Net.Sockets.SocketException;

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

    private static ErrorEnvelope? TryReadEnvelope(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, LiveActivityJsonContext.Default.ErrorEnvelope);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            return null;
        }
    }

    /// <summary>One call in flight: the request, and what each attempt does.</summary>
    private sealed class Call<TRequest, TResponse>(
        LiveActivityInvoker invoker,
        HttpClient httpClient,
        LiveActivityEndpoint endpoint,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        string? activityId)
        : CallState(endpoint, activityId)
        where TResponse : class
    {
        public async ValueTask<Outcome<AttemptOutcome>> RunAttemptAsync(CancellationToken cancellationToken)
        {
            Attempts++;
            LastAttemptAt = invoker.TimeProvider.GetUtcNow();
            using var message = new HttpRequestMessage(HttpMethod.Post, invoker._uris[(int)Endpoint])
            {
                Content = new JsonRequestContent<TRequest>(request, requestType),
            };
            message.Headers.TryAddWithoutValidation(ApiKeyHeader, invoker._apiKey);

            HttpResponseMessage response;
            try
            {
                response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (IsTransportFailure(ex))
            {
                return Outcome.FromResult(AttemptOutcome.Transport(ex));
            }

            using (response)
            {
                return Outcome.FromResult(await ReadAsync(response, cancellationToken).ConfigureAwait(false));
            }
        }

        private async ValueTask<AttemptOutcome> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
        {
            var status = response.StatusCode;
            PooledBody body;
            try
            {
                body = await ResponseBodyReader.ReadAsync(response.Content, invoker._maxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ResponseTooLargeException)
            {
                return AttemptOutcome.TooLarge(status);
            }
            catch (Exception ex) when (IsTransportFailure(ex))
            {
                return AttemptOutcome.Transport(ex, status);
            }

            using (body)
            {
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if ((int)status is >= 200 and <= 299)
                {
                    return ParseSuccess(status, body.Span, mediaType);
                }

                var retryAfter = ReadRetryAfter(response.Headers.RetryAfter, invoker.TimeProvider.GetUtcNow());
                return AttemptOutcome.Error(status, TryReadEnvelope(body.Span), retryAfter, body.Length == 0 ? null : mediaType);
            }
        }

        private AttemptOutcome ParseSuccess(HttpStatusCode status, ReadOnlySpan<byte> body, string? mediaType)
        {
            try
            {
                var value = body.IsEmpty ? null : JsonSerializer.Deserialize(body, responseType);
                return value is null ? AttemptOutcome.Malformed(status, null, mediaType) : AttemptOutcome.Success(status, value);
            }
            catch (Exception ex) when (IsParseFailure(ex))
            {
                return AttemptOutcome.Malformed(status, ex, mediaType);
            }
        }
    }
}
