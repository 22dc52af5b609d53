// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;
using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <summary>
/// The host-independent emulator: (method, path, headers, body) in, (status, headers, body) out.
/// All state lives here, guarded by one lock; all time comes from the options' <see cref="TimeProvider"/>.
/// </summary>
internal sealed partial class EmulatorEngine
{
    public const string PathPrefix = "/api/v1/live-activity/";

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _tokenSyncDelay;
    private readonly int _maxInsiderIds;
    private readonly RequestRateLimiter? _rateLimiter;
    private readonly Dictionary<string, ApiKeyState> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityRecord> _activities = new(StringComparer.Ordinal);
    private readonly HashSet<ActivityRecord> _live = [];
    private readonly RegistrationIndex _index = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedPush> _pushes = [];
    private readonly RenderJudge _renderJudge;

    public EmulatorEngine(LiveActivityEmulatorOptions options)
    {
        _time = options.TimeProvider;
        _tokenSyncDelay = options.TokenSyncDelay;
        _maxInsiderIds = options.MaxInsiderIdsPerRequest;
        _rateLimiter = options.RateLimitEnabled ? new RequestRateLimiter(options.RateLimitPermitLimit, options.RateLimitWindow) : null;
        _keys[options.ApiKey] = ApiKeyState.Active;
        _renderJudge = new RenderJudge(options.AppContract);
    }

    public EmulatedProfiles Profiles { get; } = new();

    public EmulatorFaults Faults { get; } = new();

    public TimeProvider TimeProvider => _time;

    public async Task<EmulatorResponse> HandleAsync(EmulatorRequest request, CancellationToken cancellationToken)
    {
        var received = _time.GetUtcNow();
        var endpoint = Route(request.Path);
        if (endpoint is null)
        {
            return Log(request, received, null, EmulatorResponse.Empty(404));
        }

        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Log(request, received, endpoint, EmulatorResponse.Empty(405) with { Headers = [new("Allow", "POST")] });
        }

        string apiKey;
        lock (_gate)
        {
            if (request.ApiKey is not { Length: > 0 } key || !_keys.TryGetValue(key, out var state) || state == ApiKeyState.Unauthorized)
            {
                return Log(request, received, endpoint, EmulatorResponse.Empty(401));
            }

            apiKey = key;
        }

        var fault = Faults.Take(endpoint.Value);
        switch (fault?.Kind)
        {
            case FaultKind.Status:
                return Log(request, received, endpoint, StatusFault(fault));
            case FaultKind.Html:
                return Log(request, received, endpoint, new EmulatorResponse((int)fault.StatusCode, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(fault.Html!)));
            case FaultKind.DropBeforeProcessing:
                return Log(request, received, endpoint, EmulatorResponse.Dropped());
            case FaultKind.Delay:
                try
                {
                    await Task.Delay(fault.Duration, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return Log(request, received, endpoint, EmulatorResponse.Dropped());
                }

                break;
        }

        EmulatorResponse response;
        lock (_gate)
        {
            response = Process(endpoint.Value, apiKey, request, fault?.Kind == FaultKind.Partial ? fault.Count : 0);
        }

        if (fault?.Kind == FaultKind.DropAfterProcessing)
        {
            response = response with { Drop = true };
        }
        else if (fault?.Kind == FaultKind.MalformedBody)
        {
            var body = response.Body.Length > 1 ? response.Body[..(response.Body.Length / 2)] : "{\"status\":"u8.ToArray();
            response = new EmulatorResponse(fault.StatusCode == 0 ? response.Status : (int)fault.StatusCode, EmulatorResponse.JsonContentType, body);
        }

        return Log(request, received, endpoint, response);
    }

    public IReadOnlyList<RecordedRequest> GetRequests()
    {
        lock (_gate)
        {
            return _requests.ToArray();
        }
    }

    public IReadOnlyList<RecordedPush> GetPushes()
    {
        lock (_gate)
        {
            return _pushes.ToArray();
        }
    }

    public void ClearRecords()
    {
        lock (_gate)
        {
            _requests.Clear();
            _pushes.Clear();
        }
    }

    public void ConfigureApiKey(string apiKey, ApiKeyState state)
    {
        lock (_gate)
        {
            _keys[apiKey] = state;
        }
    }

    public ActivitySnapshot? GetActivity(string activityId)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            return _activities.TryGetValue(activityId, out var record) ? Expire(record, now).ToSnapshot(now) : null;
        }
    }

    public string SimulateDeviceStartedActivity(string activityType, IEnumerable<string> insiderIds)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var record = new ActivityRecord(Guid.NewGuid().ToString(), activityType, now.AddDays(7), EmulatedActivityState.Started, _index);
            foreach (var insiderId in insiderIds.Distinct(StringComparer.Ordinal))
            {
                var devices = Profiles.Resolve(insiderId)?.Devices ?? [];
                foreach (var device in devices.Where(d => d.Platform == DevicePlatform.Ios && d.OsVersion >= new Version(16, 1)))
                {
                    record.Add(new DeviceRecord(insiderId, device.Udid) { TokenSyncAt = now });
                }
            }

            _activities[record.Id] = record;
            _live.Add(record);
            return record.Id;
        }
    }

    public int CompleteTokenSync(string? activityId)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var synced = 0;
            foreach (var record in _live.Where(a => activityId is null || a.Id == activityId))
            {
                foreach (var device in Expire(record, now).Devices.Where(d => d.TokenSyncAt > now))
                {
                    device.TokenSyncAt = now;
                    synced++;
                }
            }

            return synced;
        }
    }

    private static EmulatorEndpoint? Route(string path) => path switch
    {
        PathPrefix + "register" => EmulatorEndpoint.Register,
        PathPrefix + "add-users" => EmulatorEndpoint.AddUsers,
        PathPrefix + "remove-users" => EmulatorEndpoint.RemoveUsers,
        PathPrefix + "start" => EmulatorEndpoint.Start,
        PathPrefix + "update" => EmulatorEndpoint.Update,
        PathPrefix + "end" => EmulatorEndpoint.End,
        _ => null,
    };

    private static EmulatorResponse StatusFault(EmulatorFault fault)
    {
        var status = (int)fault.StatusCode;
        var response = fault.Code is null
            ? EmulatorResponse.Empty(status)
            : EmulatorResponse.Error(status, fault.Code, fault.Message ?? fault.Code.ToLowerInvariant().Replace('_', ' '));
        return fault.RetryAfter is { } retryAfter
            ? response with { Headers = [new("Retry-After", ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture))] }
            : response;
    }

    private static ActivityRecord Expire(ActivityRecord record, DateTimeOffset now)
    {
        if (record.State != EmulatedActivityState.Dead && now >= record.EndsAt)
        {
            record.Kill();
        }

        return record;
    }

    private EmulatorResponse Log(EmulatorRequest request, DateTimeOffset received, EmulatorEndpoint? endpoint, EmulatorResponse response)
    {
        var entry = new RecordedRequest(
            received,
            request.Method,
            request.Path,
            endpoint,
            response.Status,
            Encoding.UTF8.GetString(request.Body),
            Encoding.UTF8.GetString(response.Body),
            response.Drop);
        lock (_gate)
        {
            _requests.Add(entry);
        }

        return response;
    }
}
