using System.Net;
using Insider.LiveActivity.Testing;

namespace Insider.LiveActivity.IntegrationTests.Chaos;

/// <summary>What one attempt of the call under test meets at the emulator.</summary>
public enum ChaosFault
{
    /// <summary>No fault: the emulator processes the request and answers what its state dictates.</summary>
    None,
    RateLimited429,
    Upstream502,
    Unavailable503,
    TokenNotSynced412,
    Html502,
    MalformedBody,
    DropBeforeProcessing,
    DropAfterProcessing,

    /// <summary>Kestrel only: a server delay shorter than the client timeout; then processed normally.</summary>
    ShortDelay,

    /// <summary>Kestrel only: a server delay longer than the client timeout; the client times out and the request is not processed.</summary>
    Timeout,
}

public static class ChaosFaults
{
    public static readonly ChaosFault[] InMemory =
    [
        ChaosFault.None, ChaosFault.RateLimited429, ChaosFault.Upstream502, ChaosFault.Unavailable503, ChaosFault.TokenNotSynced412,
        ChaosFault.Html502, ChaosFault.MalformedBody, ChaosFault.DropBeforeProcessing, ChaosFault.DropAfterProcessing,
    ];

    public static readonly ChaosFault[] OverSocket =
    [
        ChaosFault.None, ChaosFault.Unavailable503, ChaosFault.DropBeforeProcessing, ChaosFault.DropAfterProcessing,
        ChaosFault.ShortDelay, ChaosFault.Timeout, ChaosFault.MalformedBody,
    ];

    public static readonly TimeSpan ShortDelay = TimeSpan.FromMilliseconds(500);

    public static readonly TimeSpan LongDelay = TimeSpan.FromHours(1);

    /// <summary>The emulator fault for the kind (a zero delay stands for "no fault" so that later faults stay in their slot).</summary>
    public static EmulatorFault ToEmulator(this ChaosFault fault) => fault switch
    {
        ChaosFault.None => EmulatorFault.Delay(TimeSpan.Zero),
        ChaosFault.RateLimited429 => EmulatorFault.Status(HttpStatusCode.TooManyRequests),
        ChaosFault.Upstream502 => EmulatorFault.UpstreamUnavailable(),
        ChaosFault.Unavailable503 => EmulatorFault.Status(HttpStatusCode.ServiceUnavailable),
        ChaosFault.TokenNotSynced412 => EmulatorFault.Status(HttpStatusCode.PreconditionFailed, "PUSH_TOKEN_NOT_SYNCED", "push tokens are not synced yet"),
        ChaosFault.Html502 => EmulatorFault.HtmlPage(HttpStatusCode.BadGateway),
        ChaosFault.MalformedBody => EmulatorFault.MalformedBody(),
        ChaosFault.DropBeforeProcessing => EmulatorFault.DropConnectionBeforeProcessing(),
        ChaosFault.DropAfterProcessing => EmulatorFault.DropConnectionAfterProcessing(),
        ChaosFault.ShortDelay => EmulatorFault.Delay(ShortDelay),
        ChaosFault.Timeout => EmulatorFault.Delay(LongDelay),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    public static EmulatorEndpoint ToEmulator(this LiveActivityEndpoint endpoint) => (EmulatorEndpoint)(int)endpoint;
}
