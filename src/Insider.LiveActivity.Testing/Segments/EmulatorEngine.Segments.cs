// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <content>/register, /add-users and /remove-users.</content>
internal sealed partial class EmulatorEngine
{
    private EmulatorResponse Register(ParsedCall call, DateTimeOffset now, int unprocessed)
    {
        // Devices already registered for this activity_type in a live activity count as refreshed (re-registration).
        _live.RemoveWhere(activity => Expire(activity, now).State == EmulatedActivityState.Dead);
        bool Prior((string InsiderId, string Udid) device) => _index.Contains(call.ActivityType, device.InsiderId, device.Udid);

        var (evaluation, unprocessedCount) = EvaluateSegment(call, unprocessed);
        if (evaluation.Eligible.Count == 0)
        {
            return NoEligibleDevice(evaluation);
        }

        var added = evaluation.Eligible.Count(device => !Prior(device));
        var refreshed = evaluation.Eligible.Count - added;
        var removed = evaluation.Ineligible.Count(Prior);
        var record = new ActivityRecord(Guid.NewGuid().ToString(), call.ActivityType, call.EndsAt, EmulatedActivityState.Registered, _index);
        foreach (var (insiderId, udid) in evaluation.Eligible)
        {
            record.Add(new DeviceRecord(insiderId, udid));
        }

        _activities[record.Id] = record;
        _live.Add(record);
        return SegmentSuccess(record.Id, evaluation, added, refreshed, removed, unprocessedCount);
    }

    private EmulatorResponse AddUsers(ActivityRecord record, ParsedCall call, int unprocessed)
    {
        var (evaluation, unprocessedCount) = EvaluateSegment(call, unprocessed);
        if (evaluation.Eligible.Count == 0)
        {
            return NoEligibleDevice(evaluation);
        }

        var added = 0;
        var refreshed = 0;
        foreach (var (insiderId, udid) in evaluation.Eligible)
        {
            if (record.Contains(insiderId, udid))
            {
                refreshed++;
            }
            else
            {
                record.Add(new DeviceRecord(insiderId, udid));
                added++;
            }
        }

        var removed = evaluation.Ineligible.Count(d => record.Remove(d.InsiderId, d.Udid));
        return SegmentSuccess(record.Id, evaluation, added, refreshed, removed, unprocessedCount);
    }

    private static EmulatorResponse RemoveUsers(ActivityRecord record, ParsedCall call)
    {
        var ids = new HashSet<string>(call.InsiderIds, StringComparer.Ordinal);
        var removed = 0;
        foreach (var device in record.Devices.Where(d => ids.Contains(d.InsiderId)).ToArray())
        {
            record.Remove(device.InsiderId, device.Udid);
            removed++;
        }

        return SegmentSuccess(record.Id, new SegmentEvaluation(), 0, 0, removed, 0);
    }

    private (SegmentEvaluation Evaluation, int Unprocessed) EvaluateSegment(ParsedCall call, int unprocessed)
    {
        var unique = call.InsiderIds.Distinct(StringComparer.Ordinal).ToList();
        var skip = Math.Min(unprocessed, unique.Count - 1);
        return (SegmentEvaluation.Evaluate(unique.Take(unique.Count - skip), Profiles), skip);
    }

    private static EmulatorResponse NoEligibleDevice(SegmentEvaluation evaluation)
    {
        var body = new JsonObject
        {
            ["error"] = "no eligible device found for the given insider_ids",
            ["code"] = ErrorCodes.NoEligibleDevice,
            ["skipped"] = evaluation.SkippedJson(),
        };
        evaluation.AddGdprDetails(body);
        return EmulatorResponse.Json(422, body);
    }

    private static EmulatorResponse SegmentSuccess(string activityId, SegmentEvaluation evaluation, int added, int refreshed, int removed, int unprocessed)
    {
        var body = new JsonObject
        {
            ["status"] = "success",
            ["activity_id"] = activityId,
            ["matched"] = added + refreshed,
            ["added"] = added,
            ["refreshed"] = refreshed,
            ["removed"] = removed,
            ["skipped"] = evaluation.SkippedJson(),
        };
        evaluation.AddGdprDetails(body);
        if (unprocessed > 0)
        {
            body["partial"] = true;
            body["unprocessed_insider_id_count"] = unprocessed;
        }

        return EmulatorResponse.Json(200, body);
    }
}
