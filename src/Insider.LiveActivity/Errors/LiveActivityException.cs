// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity;

/// <summary>
/// The base of every failure of a Live Activities call: an error answer of the API, a response that cannot be
/// read, a transport failure or timeout, or a request the client rejected before sending it.
/// Callers branch on the derived types, or on <see cref="ErrorCode"/> for the codes without one
/// (<c>APP_NOT_FOUND</c>, <c>PROFILE_NOT_FOUND</c>, <c>PARTNER_REQUIRED</c> and codes not documented yet).
/// </summary>
/// <remarks>The API key never appears in the message or in <see cref="object.ToString"/>.</remarks>
public class LiveActivityException : Exception
{
    private HttpStatusCode? _statusCode;
    private string? _errorCode;
    private LiveActivityEndpoint? _endpoint;
    private string? _activityId;
    private int _attempts;
    private bool _isSafeToRetry;

    /// <summary>Initializes a new instance of the <see cref="LiveActivityException"/> class.</summary>
    public LiveActivityException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public LiveActivityException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LiveActivityException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public LiveActivityException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status of the last response, or <see langword="null"/> when no response arrived (or nothing was sent).</summary>
    public HttpStatusCode? StatusCode
    {
        get => _statusCode;
        init => _statusCode = value;
    }

    /// <summary>Gets the <c>code</c> of the error envelope (see <see cref="LiveActivityErrorCodes"/>), or <see langword="null"/> when the response had none.</summary>
    public string? ErrorCode
    {
        get => _errorCode;
        init => _errorCode = value;
    }

    /// <summary>Gets the endpoint that was called.</summary>
    public LiveActivityEndpoint? Endpoint
    {
        get => _endpoint;
        init => _endpoint = value;
    }

    /// <summary>Gets the activity id the call concerned, or <see langword="null"/> (for example on <c>/register</c>).</summary>
    public string? ActivityId
    {
        get => _activityId;
        init => _activityId = value;
    }

    /// <summary>Gets the number of HTTP attempts made: 0 when the client rejected the request before sending it.</summary>
    public int Attempts
    {
        get => _attempts;
        init => _attempts = value;
    }

    /// <summary>
    /// Gets a value indicating whether sending the same request again by hand is safe: <see langword="true"/> for 429, 503 and
    /// <c>PUSH_TOKEN_NOT_SYNCED</c> on any endpoint (rejected before processing), and for 502, transport failures and timeouts
    /// on the idempotent endpoints only; <see langword="false"/> for everything else.
    /// </summary>
    public bool IsSafeToRetry
    {
        get => _isSafeToRetry;
        init => _isSafeToRetry = value;
    }

    /// <summary>Sets the facts of the failed call on an exception the client created.</summary>
    internal LiveActivityException WithCall(HttpStatusCode? statusCode, string? errorCode, LiveActivityEndpoint endpoint, string? activityId, int attempts, bool isSafeToRetry)
    {
        _statusCode = statusCode;
        _errorCode = errorCode;
        _endpoint = endpoint;
        _activityId = activityId;
        _attempts = attempts;
        _isSafeToRetry = isSafeToRetry;
        return this;
    }
}
