// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>
/// A faithful, stateful emulator of Insider One's Live Activities API, served over a loopback Kestrel socket
/// (<see cref="StartAsync"/>) or an in-memory <see cref="HttpMessageHandler"/> (<see cref="CreateInMemory"/>).
/// Thread-safe.
/// </summary>
public sealed class LiveActivityEmulator : IAsyncDisposable
{
    private static int _inMemoryCount;

    private readonly EmulatorEngine _engine;
    private readonly KestrelEmulatorHost? _host;

    private LiveActivityEmulator(EmulatorEngine engine, string apiKey, KestrelEmulatorHost? host)
    {
        _engine = engine;
        _host = host;
        ApiKey = apiKey;
        BaseAddress = host?.BaseAddress ?? NextInMemoryBaseAddress();
    }

    /// <summary>
    /// Gets the base address: <c>http://127.0.0.1:&lt;port&gt;/</c> when started with Kestrel; in memory, <c>http://localhost:&lt;n&gt;/</c>
    /// with a number of its own (no socket is opened; requests go through <see cref="CreateHandler"/>). Every emulator of a process has
    /// a distinct base address, so clients of two emulators never share a client-side rate budget or a 429 pause (the client keys its
    /// budget by base address and API key). Both are loopback addresses, so the SDK accepts plain http.
    /// </summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets a valid API key the emulator accepts (<see cref="LiveActivityEmulatorOptions.ApiKey"/>).</summary>
    public string ApiKey { get; }

    /// <summary>Gets a value indicating whether the emulator serves in memory only (no socket).</summary>
    public bool IsInMemory => _host is null;

    /// <summary>Gets the explicit insider profiles; insiders without one get an id-prefix default.</summary>
    public EmulatedProfiles Profiles => _engine.Profiles;

    /// <summary>Gets the scripted faults, per endpoint.</summary>
    public EmulatorFaults Faults => _engine.Faults;

    /// <summary>
    /// Gets a snapshot of every request answered so far, in completion order: a request is recorded when its answer is ready, so one
    /// held by a <see cref="EmulatorFault.Delay"/> comes after those answered meanwhile. <see cref="RecordedRequest.Timestamp"/> is
    /// its arrival: sort by it for arrival order. API key values are never recorded.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => _engine.GetRequests();

    /// <summary>Gets a snapshot of every push sent so far, in order.</summary>
    public IReadOnlyList<RecordedPush> Pushes => _engine.GetPushes();

    /// <summary>Starts an emulator on a Kestrel server bound to <c>127.0.0.1</c> (port <see cref="LiveActivityEmulatorOptions.Port"/>, 0 = free port).</summary>
    /// <param name="options">The options; <see langword="null"/> uses the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the start.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    public static async Task<LiveActivityEmulator> StartAsync(LiveActivityEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LiveActivityEmulatorOptions();
        options.Validate();
        var engine = new EmulatorEngine(options);
        var host = await KestrelEmulatorHost.StartAsync(engine, options, cancellationToken).ConfigureAwait(false);
        return new LiveActivityEmulator(engine, options.ApiKey, host);
    }

    /// <summary>Creates an emulator without a socket; use <see cref="CreateHttpClient"/> or <see cref="CreateHandler"/>.</summary>
    /// <param name="options">The options; <see langword="null"/> uses the defaults.</param>
    /// <returns>The emulator.</returns>
    public static LiveActivityEmulator CreateInMemory(LiveActivityEmulatorOptions? options = null)
    {
        options ??= new LiveActivityEmulatorOptions();
        options.Validate();
        return new LiveActivityEmulator(new EmulatorEngine(options), options.ApiKey, null);
    }

    /// <summary>Creates an in-memory handler bound to this emulator (works in both modes; faults that drop the connection throw <see cref="HttpRequestException"/>).</summary>
    /// <returns>A new handler.</returns>
    public HttpMessageHandler CreateHandler() => new InMemoryEmulatorHandler(_engine);

    /// <summary>
    /// Creates an <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is <see cref="BaseAddress"/>: over the socket when
    /// started with Kestrel, in memory otherwise. It sends no <c>X-Api-Key</c> by itself.
    /// </summary>
    /// <returns>A new client; the caller disposes it.</returns>
    public HttpClient CreateHttpClient() =>
        _host is null ? new HttpClient(CreateHandler()) { BaseAddress = BaseAddress } : new HttpClient { BaseAddress = BaseAddress };

    /// <summary>Gets a snapshot of an activity: <see langword="null"/> when never created, state <see cref="EmulatedActivityState.Dead"/> once ended or expired.</summary>
    /// <param name="activityId">The activity id.</param>
    /// <returns>The snapshot, or <see langword="null"/>.</returns>
    public ActivitySnapshot? GetActivity(string activityId)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        return _engine.GetActivity(activityId);
    }

    /// <summary>Adds an API key or changes the state of one (including the default key).</summary>
    /// <param name="apiKey">The key.</param>
    /// <param name="state">How requests with the key are answered.</param>
    public void ConfigureApiKey(string apiKey, ApiKeyState state = ApiKeyState.Active)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        _engine.ConfigureApiKey(apiKey, state);
    }

    /// <summary>
    /// Simulates the SDK-First flow: the app on each insider's iOS 16.1+ devices started the activity itself and the SDK synced its
    /// per-activity token. Creates a <see cref="EmulatedActivityState.Started"/> record valid for 7 days, driven by <c>/update</c> and <c>/end</c>.
    /// </summary>
    /// <param name="activityType">The activity type.</param>
    /// <param name="insiderIds">The insiders whose devices started the activity.</param>
    /// <returns>The activity id.</returns>
    public string SimulateDeviceStartedActivity(string activityType, params string[] insiderIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityType);
        ArgumentNullException.ThrowIfNull(insiderIds);
        return _engine.SimulateDeviceStartedActivity(activityType, insiderIds);
    }

    /// <summary>Completes the per-activity token sync now, without advancing the clock.</summary>
    /// <param name="activityId">The activity, or <see langword="null"/> for every activity.</param>
    /// <returns>The number of devices whose token became synced.</returns>
    public int CompleteTokenSync(string? activityId = null) => _engine.CompleteTokenSync(activityId);

    /// <summary>Clears <see cref="Requests"/> and <see cref="Pushes"/> (activities, profiles, keys and faults are kept).</summary>
    public void ClearRecords() => _engine.ClearRecords();

    /// <summary>A loopback address of its own for each in-memory emulator: the port only names it, nothing listens there.</summary>
    private static Uri NextInMemoryBaseAddress()
    {
        var port = 1 + ((uint)Interlocked.Increment(ref _inMemoryCount) % 65_535);
        return new Uri($"http://localhost:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
    }

    /// <summary>Stops the Kestrel server, if any.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
