// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;

namespace Insider.LiveActivity.Testing;

/// <summary>
/// A fault the emulator injects into one request (see <see cref="EmulatorFaults"/>). Faults are applied after
/// routing and the API-key check and before the rate limit; short-circuiting faults do not consume a rate-limit permit.
/// </summary>
public sealed class EmulatorFault
{
    private EmulatorFault(FaultKind kind)
    {
        Kind = kind;
    }

    internal FaultKind Kind { get; }

    internal HttpStatusCode StatusCode { get; private init; }

    internal string? Code { get; private init; }

    internal string? Message { get; private init; }

    internal string? Html { get; private init; }

    internal TimeSpan Duration { get; private init; }

    internal TimeSpan? RetryAfter { get; private init; }

    internal int Count { get; private init; }

    /// <summary>Answers with a status and no processing: an error envelope when <paramref name="code"/> is given, else an empty body.</summary>
    /// <param name="statusCode">The status code, e.g. 502, 503 or 429.</param>
    /// <param name="code">The envelope <c>code</c>, e.g. <c>UPSTREAM_UNAVAILABLE</c>; <see langword="null"/> for an empty body.</param>
    /// <param name="message">The envelope <c>error</c> text; defaults to a text derived from the code.</param>
    /// <param name="retryAfter">When set, a <c>Retry-After</c> header in whole seconds.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Status(HttpStatusCode statusCode, string? code = null, string? message = null, TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
        }

        return new EmulatorFault(FaultKind.Status) { StatusCode = statusCode, Code = code, Message = message, RetryAfter = retryAfter };
    }

    /// <summary>Answers <c>502 {"error":"upstream service unavailable","code":"UPSTREAM_UNAVAILABLE"}</c> without processing.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault UpstreamUnavailable() =>
        Status(HttpStatusCode.BadGateway, "UPSTREAM_UNAVAILABLE", "upstream service unavailable");

    /// <summary>Answers with a <c>text/html</c> error page (as a proxy or load balancer would) without processing.</summary>
    /// <param name="statusCode">The status code; typically 502 or 503.</param>
    /// <param name="html">The page; a small default page when <see langword="null"/>.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault HtmlPage(HttpStatusCode statusCode = HttpStatusCode.BadGateway, string? html = null) =>
        new(FaultKind.Html)
        {
            StatusCode = statusCode,
            Html = html ?? "<html><head><title>" + (int)statusCode + "</title></head><body><h1>" + (int)statusCode + " Error</h1></body></html>",
        };

    /// <summary>
    /// Waits <paramref name="delay"/> on the emulator's <see cref="TimeProvider"/>, then processes the request normally.
    /// The wait also ends when the request is aborted (client timeout); the request is then not processed.
    /// </summary>
    /// <param name="delay">The delay.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Delay(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new EmulatorFault(FaultKind.Delay) { Duration = delay };
    }

    /// <summary>Aborts the connection before processing: no state change (Kestrel: <c>HttpContext.Abort()</c>; in-memory: <see cref="HttpRequestException"/>).</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropConnectionBeforeProcessing() => new(FaultKind.DropBeforeProcessing);

    /// <summary>Processes the request (state changes, pushes are recorded), then aborts the connection: the outcome-unknown case.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault DropConnectionAfterProcessing() => new(FaultKind.DropAfterProcessing);

    /// <summary>Processes the request, then sends the first half of its JSON body (truncated, unparseable) with <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">The status to send; <see langword="null"/> keeps the processed status.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault MalformedBody(HttpStatusCode? statusCode = HttpStatusCode.OK) =>
        new(FaultKind.MalformedBody) { StatusCode = statusCode ?? 0 };

    /// <summary>
    /// On <c>/register</c> and <c>/add-users</c>, leaves the last <paramref name="unprocessedInsiderIds"/> unique ids unprocessed
    /// (at least one id is always processed) and answers <c>"partial":true</c> with <c>unprocessed_insider_id_count</c>.
    /// Ignored on other endpoints.
    /// </summary>
    /// <param name="unprocessedInsiderIds">How many trailing unique ids to leave unprocessed.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault PartialResult(int unprocessedInsiderIds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(unprocessedInsiderIds, 1);
        return new EmulatorFault(FaultKind.Partial) { Count = unprocessedInsiderIds };
    }

    /// <summary>Returns a short description of the fault.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        FaultKind.Status or FaultKind.Html => Kind + " " + (int)StatusCode,
        FaultKind.Delay => Kind + " " + Duration,
        FaultKind.Partial => Kind + " " + Count,
        _ => Kind.ToString(),
    };
}
