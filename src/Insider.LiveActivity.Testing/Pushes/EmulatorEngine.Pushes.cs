// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <content>Activity lookup, /start, /update and /end.</content>
internal sealed partial class EmulatorEngine
{
    private EmulatorResponse WithRegistered(EmulatorEndpoint endpoint, ParsedCall call, DateTimeOffset now, int unprocessed)
    {
        if (Lookup(call.ActivityId, now) is not { } record)
        {
            return NotFound();
        }

        if (record.State != EmulatedActivityState.Registered)
        {
            return EmulatorResponse.Error(409, ErrorCodes.AlreadyStarted, "activity already started");
        }

        return endpoint switch
        {
            EmulatorEndpoint.AddUsers => AddUsers(record, call, unprocessed),
            EmulatorEndpoint.RemoveUsers => RemoveUsers(record, call),
            _ => Start(record, call, now),
        };
    }

    private EmulatorResponse Start(ActivityRecord record, ParsedCall call, DateTimeOffset now)
    {
        var triggered = 0;
        foreach (var device in Targets(record, call))
        {
            device.TokenSyncAt = now + _tokenSyncDelay;
            RecordPush(record, device, "start", call, now);
            triggered++;
        }

        record.State = EmulatedActivityState.Started;
        return EmulatorResponse.Json(200, new JsonObject { ["status"] = "success", ["sessions_triggered"] = triggered });
    }

    private EmulatorResponse WithStarted(EmulatorEndpoint endpoint, ParsedCall call, DateTimeOffset now)
    {
        if (Lookup(call.ActivityId, now) is not { } record)
        {
            return NotFound();
        }

        var targets = Targets(record, call);
        var synced = targets.Where(d => d.IsSynced(now)).ToList();
        if (targets.Count > 0 && synced.Count == 0)
        {
            return EmulatorResponse.Error(412, ErrorCodes.PushTokenNotSynced, "push tokens are not synced yet");
        }

        var eventName = endpoint == EmulatorEndpoint.End ? "end" : "update";
        foreach (var device in synced)
        {
            RecordPush(record, device, eventName, call, now);
        }

        if (endpoint == EmulatorEndpoint.End)
        {
            record.Kill();
        }

        var body = new JsonObject { ["status"] = "success", ["sessions_triggered"] = synced.Count };
        if (targets.Count > synced.Count)
        {
            body["skipped_not_synced"] = targets.Count - synced.Count;
        }

        return EmulatorResponse.Json(200, body);
    }

    private static EmulatorResponse NotFound() => EmulatorResponse.Error(404, ErrorCodes.NotFound, "activity not found");

    private ActivityRecord? Lookup(string activityId, DateTimeOffset now) =>
        _activities.TryGetValue(activityId, out var record) && Expire(record, now).State != EmulatedActivityState.Dead ? record : null;

    /// <summary>Returns target_devices ∩ registered devices (unknown pairs are ignored), or every registered device.</summary>
    private static List<DeviceRecord> Targets(ActivityRecord record, ParsedCall call)
    {
        if (call.Targets is null)
        {
            return [.. record.Devices];
        }

        var result = new List<DeviceRecord>();
        foreach (var (insiderId, udid) in call.Targets.Distinct())
        {
            if (record.Find(insiderId, udid) is { } device)
            {
                result.Add(device);
            }
        }

        return result;
    }

    private void RecordPush(ActivityRecord record, DeviceRecord device, string eventName, ParsedCall call, DateTimeOffset now)
    {
        var content = call.Content!;
        var aps = new JsonObject
        {
            ["timestamp"] = now.ToUnixTimeSeconds(),
            ["event"] = eventName,
            ["content-state"] = content["content_state"]!.DeepClone(),
        };
        if (eventName == "start")
        {
            aps["attributes-type"] = call.ActivityType;
            aps["attributes"] = content["attributes"]?.DeepClone() ?? new JsonObject();
        }

        var title = ReadText(content["title"]);
        var message = ReadText(content["message"]);
        if (title is not null || message is not null)
        {
            var alert = new JsonObject();
            if (title is not null)
            {
                alert["title"] = title;
            }

            if (message is not null)
            {
                alert["body"] = message;
            }

            aps["alert"] = alert;
        }

        var payload = new JsonObject { ["aps"] = aps };
        var (wouldRender, problems) = _renderJudge.Judge(eventName == "start" ? call.ActivityType : record.ActivityType, payload);
        _pushes.Add(new RecordedPush(record.Id, device.InsiderId, device.Udid, eventName, now, payload, wouldRender, problems));
    }
}
