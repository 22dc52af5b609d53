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

/// <summary>The per-call state and the attempt itself: send once, read the body within the limit, parse.</summary>
internal sealed partial class LiveActivityInvoker
{
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
        /// <summary>
        /// The callback of the attempt stages: one HTTP attempt, on the per-attempt timeout's token when that stage set one,
        /// else on the call's own token.
        /// </summary>
        public static readonly Func<ResilienceContext, Call<TRequest, TResponse>, ValueTask<Outcome<AttemptOutcome>>> Attempt =
            static (context, call) => call.RunAttemptAsync(call.AttemptToken.CanBeCanceled ? call.AttemptToken : context.CancellationToken);

        /// <summary>Gets or sets the outcome of the first attempt, which the retry replays as its own first attempt.</summary>
        public Outcome<AttemptOutcome>? FirstOutcome { get; set; }

        /// <summary>The retry's attempts: the first attempt's outcome once, then new attempts through the attempt stages.</summary>
        public ValueTask<Outcome<AttemptOutcome>> NextAttemptAsync(ResilienceContext context)
        {
            if (FirstOutcome is { } first)
            {
                FirstOutcome = null;
                return new ValueTask<Outcome<AttemptOutcome>>(first);
            }

            return invoker._attempt.ExecuteOutcomeAsync(Attempt, context, this);
        }

#if NET6_0_OR_GREATER
        [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
        public async ValueTask<Outcome<AttemptOutcome>> RunAttemptAsync(CancellationToken cancellationToken)
        {
            Attempts++;
            LastAttemptAt = invoker.TimeProvider.GetUtcNow();
            using var span = LiveActivityTelemetry.Source.StartActivity(invoker._attemptSpanNames[(int)Endpoint], ActivityKind.Client);
            Outcome<AttemptOutcome> outcome;
            using (var message = new HttpRequestMessage(HttpMethod.Post, invoker._uris[(int)Endpoint]))
            {
                message.Content = new JsonRequestContent<TRequest>(request, requestType);
                if (!invoker._apiKeyHeaderAddedByHandler)
                {
                    message.Headers.TryAddWithoutValidation(ApiKeyHeader, invoker._apiKey);
                }
                HttpResponseMessage? response = null;
                AttemptOutcome? lost = null;
                Exception? unexpected = null;
                try
                {
                    response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception ex) when (ExceptionMapper.IsTransportFailure(ex))
                {
                    lost = AttemptOutcome.Transport(ex);
                }
                catch (Exception ex)
                {
                    // Anything else (a handler's bug) ends the attempt as that exception, with or without a timeout stage
                    // around it, so the call maps it to a LiveActivityException carrying it instead of letting it escape.
                    unexpected = ex;
                }

                if (unexpected is not null)
                {
                    outcome = Outcome.FromException<AttemptOutcome>(unexpected);
                }
                else if (response is null)
                {
                    outcome = Outcome.FromResult(lost!);
                }
                else
                {
                    using (response)
                    {
                        outcome = Outcome.FromResult(await ReadAsync(response, cancellationToken).ConfigureAwait(false));
                    }
                }
            }

            var result = outcome.Result;
            if (span is not null)
            {
                span.SetTag(TelemetryTags.Endpoint, Endpoint.DisplayName());
                span.SetTag(TelemetryTags.ActivityId, ActivityId);
                span.SetTag(TelemetryTags.Attempt, Attempts);
                span.SetTag(TelemetryTags.StatusCode, (int?)result?.Status);
                span.SetTag(TelemetryTags.ErrorCode, result?.ErrorCode);
                if (result is { IsSuccess: false })
                {
                    span.SetStatus(ActivityStatusCode.Error, result.ErrorCode ?? result.Failure.ToString());
                }
            }

            if (LiveActivityTelemetry.Attempts.Enabled)
            {
                LiveActivityTelemetry.Attempts.Add(
                    1,
                    new KeyValuePair<string, object?>(TelemetryTags.Endpoint, Endpoint.DisplayName()),
                    new KeyValuePair<string, object?>(TelemetryTags.StatusCode, (int?)result?.Status));
            }

            return outcome;
        }

#if NET6_0_OR_GREATER
        [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
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
            catch (Exception ex) when (ExceptionMapper.IsTransportFailure(ex))
            {
                return AttemptOutcome.Transport(ex, status);
            }

            using (body)
            {
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if ((int)status is >= 200 and <= 299)
                {
                    return ParseSuccess(status, body, mediaType);
                }

                var retryAfter = ReadRetryAfter(response.Headers.RetryAfter, invoker.TimeProvider.GetUtcNow());
                var envelope = TryReadEnvelope(body);
                if (envelope?.Error is { } text && ContainsOrdinal(text, invoker._apiKey))
                {
                    // A server or proxy that echoes the key must not carry it into messages or logs.
                    envelope.Error = text.Replace(invoker._apiKey, "***");
                }

                return AttemptOutcome.Error(status, envelope, retryAfter, body.IsEmpty ? null : mediaType);
            }
        }

        private AttemptOutcome ParseSuccess(HttpStatusCode status, in PooledBody body, string? mediaType)
        {
            try
            {
                var value = body.IsEmpty ? null : body.Deserialize(responseType);
                return value is null ? AttemptOutcome.Malformed(status, null, mediaType) : AttemptOutcome.Success(status, value);
            }
            catch (Exception ex) when (IsParseFailure(ex))
            {
                return AttemptOutcome.Malformed(status, ex, mediaType);
            }
        }
    }
}
