using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Chaos;

/// <summary>The state the call under test starts from (the natural answers it gets when no fault is injected).</summary>
public enum ChaosSetup
{
    /// <summary>Register: nothing; add/remove/start: REGISTERED; update/end: STARTED with synced tokens.</summary>
    Normal,

    /// <summary>The activity was started already (add/remove/start answer 409 ALREADY_STARTED).</summary>
    AlreadyStarted,

    /// <summary>The activity was ended already (every call answers 404 NOT_FOUND).</summary>
    AlreadyEnded,
}

/// <summary>The expected outcome of a call, derived from the documented rules alone (retry table, reconciliation, exception table).</summary>
public sealed record ChaosExpectation(
    int Attempts,
    Type? ExceptionType,
    int? StatusCode,
    bool Reconciled,
    EmulatedActivityState FinalState,
    int ProcessedWithSuccess);

/// <summary>An independent model of the SDK's documented behaviour against the emulator's documented behaviour.</summary>
public static class ChaosOracle
{
    private enum Kind { Ok, Error, Transport, Malformed }

    public static ChaosExpectation Expect(LiveActivityEndpoint endpoint, ChaosSetup setup, IReadOnlyList<ChaosFault> faults, int maxRetries, bool reconcile)
    {
        var state = setup switch
        {
            ChaosSetup.AlreadyStarted => EmulatedActivityState.Started,
            ChaosSetup.AlreadyEnded => EmulatedActivityState.Dead,
            _ => endpoint is LiveActivityEndpoint.Update or LiveActivityEndpoint.End ? EmulatedActivityState.Started : EmulatedActivityState.Registered,
        };
        var processedOk = 0;
        (Kind Kind, int Status, string? Code) Attempt(int index)
        {
            var fault = index < faults.Count ? faults[index] : ChaosFault.None;
            switch (fault)
            {
                case ChaosFault.RateLimited429: return (Kind.Error, 429, null);
                case ChaosFault.Upstream502: return (Kind.Error, 502, "UPSTREAM_UNAVAILABLE");
                case ChaosFault.Unavailable503: return (Kind.Error, 503, null);
                case ChaosFault.TokenNotSynced412: return (Kind.Error, 412, "PUSH_TOKEN_NOT_SYNCED");
                case ChaosFault.Html502: return (Kind.Error, 502, null);
                case ChaosFault.DropBeforeProcessing or ChaosFault.Timeout: return (Kind.Transport, 0, null);
            }

            var (status, code) = Natural(endpoint, ref state);
            if (status == 200)
            {
                processedOk++;
            }

            return fault switch
            {
                ChaosFault.DropAfterProcessing => (Kind.Transport, 0, null),
                ChaosFault.MalformedBody => (Kind.Malformed, 200, null),
                _ => (status == 200 ? Kind.Ok : Kind.Error, status, code),
            };
        }

        var idempotent = endpoint is not (LiveActivityEndpoint.Start or LiveActivityEndpoint.End);
        var attempts = 0;
        (Kind Kind, int Status, string? Code) last;
        if (idempotent)
        {
            do
            {
                last = Attempt(attempts++);
            }
            while (attempts <= maxRetries && IsRetryable(last));

            return Finish(last, attempts, reconciled: false);
        }

        last = Attempt(attempts++);
        if (last.Kind != Kind.Transport || !reconcile)
        {
            return Finish(last, attempts, reconciled: false);
        }

        var second = Attempt(attempts++);
        if (second.Kind == Kind.Ok)
        {
            return Finish(second, attempts, reconciled: false);
        }

        var landed = (endpoint == LiveActivityEndpoint.Start && second is { Kind: Kind.Error, Code: "ALREADY_STARTED" })
            || (endpoint == LiveActivityEndpoint.End && second is { Kind: Kind.Error, Code: "NOT_FOUND" });
        return landed
            ? new ChaosExpectation(attempts, null, null, true, state, processedOk)
            : new ChaosExpectation(attempts, typeof(LiveActivityOutcomeUnknownException), null, false, state, processedOk);

        ChaosExpectation Finish((Kind Kind, int Status, string? Code) result, int count, bool reconciled) => result.Kind switch
        {
            Kind.Ok => new ChaosExpectation(count, null, null, reconciled, state, processedOk),
            Kind.Malformed => new ChaosExpectation(count, typeof(LiveActivityException), 200, false, state, processedOk),
            Kind.Transport => new ChaosExpectation(count, idempotent ? typeof(LiveActivityException) : typeof(LiveActivityOutcomeUnknownException), null, false, state, processedOk),
            _ => new ChaosExpectation(count, ErrorType(result.Status, result.Code), result.Status, false, state, processedOk),
        };
    }

    private static bool IsRetryable((Kind Kind, int Status, string? Code) result) =>
        result.Kind == Kind.Transport
        || (result.Kind == Kind.Error && (result.Status is 429 or 502 or 503 || result.Code == "PUSH_TOKEN_NOT_SYNCED"));

    private static Type ErrorType(int status, string? code) => code switch
    {
        "NOT_FOUND" => typeof(ActivityNotFoundException),
        "ALREADY_STARTED" => typeof(ActivityAlreadyStartedException),
        "PUSH_TOKEN_NOT_SYNCED" => typeof(PushTokenNotSyncedException),
        "UPSTREAM_UNAVAILABLE" => typeof(LiveActivityServiceUnavailableException),
        _ => status switch
        {
            429 => typeof(LiveActivityRateLimitException),
            502 or 503 => typeof(LiveActivityServiceUnavailableException),
            _ => typeof(LiveActivityException),
        },
    };

    /// <summary>What the emulator answers without a fault, and the state it leaves (README: lookup → state → processing).</summary>
    private static (int Status, string? Code) Natural(LiveActivityEndpoint endpoint, ref EmulatedActivityState state)
    {
        if (endpoint == LiveActivityEndpoint.Register)
        {
            return (200, null);
        }

        if (state == EmulatedActivityState.Dead)
        {
            return (404, "NOT_FOUND");
        }

        switch (endpoint)
        {
            case LiveActivityEndpoint.AddUsers or LiveActivityEndpoint.RemoveUsers or LiveActivityEndpoint.Start when state != EmulatedActivityState.Registered:
                return (409, "ALREADY_STARTED");
            case LiveActivityEndpoint.Start:
                state = EmulatedActivityState.Started;
                return (200, null);
            case LiveActivityEndpoint.End:
                state = EmulatedActivityState.Dead;
                return (200, null);
            default:
                return (200, null);
        }
    }
}
