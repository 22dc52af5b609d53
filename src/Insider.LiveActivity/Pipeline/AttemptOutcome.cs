// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity;

/// <summary>What one HTTP attempt produced, before it is turned into a result or a typed exception.</summary>
internal sealed class AttemptOutcome
{
    private AttemptOutcome()
    {
    }

    /// <summary>Gets the status of the response, or <see langword="null"/> when none arrived.</summary>
    public HttpStatusCode? Status { get; private init; }

    /// <summary>Gets the parsed success body.</summary>
    public object? Value { get; private init; }

    /// <summary>Gets the parsed error envelope, when the error body was one.</summary>
    public ErrorEnvelope? Envelope { get; private init; }

    public AttemptFailure Failure { get; private init; }

    public Exception? Cause { get; private init; }

    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>Gets the media type of a body that was not an error envelope (e.g. <c>text/html</c> from a proxy).</summary>
    public string? MediaType { get; private init; }

    public bool IsSuccess => Failure == AttemptFailure.None && Value is not null;

    public string? ErrorCode => Envelope?.Code;

    public static AttemptOutcome Success(HttpStatusCode status, object value) => new() { Status = status, Value = value };

    public static AttemptOutcome Error(HttpStatusCode status, ErrorEnvelope? envelope, TimeSpan? retryAfter, string? mediaType) =>
        new() { Status = status, Envelope = envelope, RetryAfter = retryAfter, MediaType = mediaType, Failure = AttemptFailure.ErrorStatus };

    public static AttemptOutcome Transport(Exception cause, HttpStatusCode? status = null) =>
        new() { Status = status, Failure = AttemptFailure.Transport, Cause = cause };

    public static AttemptOutcome Malformed(HttpStatusCode status, Exception? cause, string? mediaType) =>
        new() { Status = status, Failure = AttemptFailure.MalformedBody, Cause = cause, MediaType = mediaType };

    public static AttemptOutcome QueueFull() => new() { Failure = AttemptFailure.QueueFull };

    public static AttemptOutcome TooLarge(HttpStatusCode status) => new() { Status = status, Failure = AttemptFailure.BodyTooLarge };
}
