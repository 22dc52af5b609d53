// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Insider.LiveActivity.Testing;

/// <summary>The eligibility outcome of a set of insider ids (counters as documented in the package README).</summary>
internal sealed class SegmentEvaluation
{
    public List<(string InsiderId, string Udid)> Eligible { get; } = [];

    public List<(string InsiderId, string Udid)> Ineligible { get; } = [];

    public List<(string InsiderId, int DevicesCount)> GdprDenied { get; } = [];

    public int PushPermissionDisabled { get; set; }

    public int UnsupportedPlatform { get; set; }

    public int UnsupportedOsVersion { get; set; }

    public int PushToStartTokenMissing { get; set; }

    public int UserNotFound { get; set; }

    public static SegmentEvaluation Evaluate(IEnumerable<string> insiderIds, EmulatedProfiles profiles)
    {
        var result = new SegmentEvaluation();
        var minimum = new Version(17, 2);
        foreach (var insiderId in insiderIds)
        {
            var profile = profiles.Resolve(insiderId);
            if (profile is null)
            {
                result.UserNotFound++;
                continue;
            }

            if (profile.GdprConsent == false)
            {
                result.GdprDenied.Add((insiderId, profile.Devices.Count));
                result.Ineligible.AddRange(profile.Devices.Select(d => (insiderId, d.Udid)));
                continue;
            }

            foreach (var device in profile.Devices)
            {
                if (device.Platform != DevicePlatform.Ios)
                {
                    result.UnsupportedPlatform++;
                }
                else if (device.OsVersion < minimum)
                {
                    result.UnsupportedOsVersion++;
                }
                else if (!device.PushPermission)
                {
                    result.PushPermissionDisabled++;
                }
                else if (!device.HasPushToStartToken)
                {
                    result.PushToStartTokenMissing++;
                }
                else
                {
                    result.Eligible.Add((insiderId, device.Udid));
                    continue;
                }

                result.Ineligible.Add((insiderId, device.Udid));
            }
        }

        return result;
    }

    public JsonObject SkippedJson() => new()
    {
        ["push_permission_disabled"] = PushPermissionDisabled,
        ["unsupported_platform"] = UnsupportedPlatform,
        ["unsupported_os_version"] = UnsupportedOsVersion,
        ["push_to_start_token_missing"] = PushToStartTokenMissing,
        ["user_not_found"] = UserNotFound,
    };

    public void AddGdprDetails(JsonObject body)
    {
        if (GdprDenied.Count > 0)
        {
            body["gdpr_denied_details"] = new JsonArray(GdprDenied
                .Select(g => (JsonNode)new JsonObject { ["insider_id"] = g.InsiderId, ["devices_count"] = g.DevicesCount })
                .ToArray());
        }
    }
}
