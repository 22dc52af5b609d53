// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Text;

namespace Insider.LiveActivity.Benchmarks.Server;

/// <summary>The documented success bodies, encoded once: the stub answers every call with one of these arrays.</summary>
internal static class StubResponses
{
    /// <summary>The prefix of the routes whose <c>/register</c> answers with <see cref="LargeDeniedCount"/> GDPR-denied entries.</summary>
    public const string LargePrefix = "/large";

    /// <summary>The number of <c>gdpr_denied_details</c> entries in the large <c>/register</c> answer.</summary>
    public const int LargeDeniedCount = 5_000;

    public const string ActivityId = "550e8400-e29b-41d4-a716-446655440000";

    public static readonly byte[] Register = Encoding.UTF8.GetBytes(
        "{\"status\":\"success\",\"activity_id\":\"" + ActivityId + "\",\"matched\":10,\"added\":10,\"refreshed\":0,\"removed\":0," +
        "\"skipped\":{\"push_permission_disabled\":0,\"unsupported_platform\":0,\"unsupported_os_version\":0,\"push_to_start_token_missing\":0,\"user_not_found\":0}}");

    public static readonly byte[] Start = Encoding.UTF8.GetBytes("{\"status\":\"success\",\"sessions_triggered\":850}");

    public static readonly byte[] UpdateOrEnd = Encoding.UTF8.GetBytes("{\"status\":\"success\",\"sessions_triggered\":845,\"skipped_not_synced\":5}");

    public static readonly byte[] LargeRegister = BuildLargeRegister();

    /// <summary>Returns the body for a request path, or <see langword="null"/> for an unknown path.</summary>
    public static byte[]? For(string? path) => path switch
    {
        "/api/v1/live-activity/register" or "/api/v1/live-activity/add-users" or "/api/v1/live-activity/remove-users" => Register,
        "/api/v1/live-activity/start" => Start,
        "/api/v1/live-activity/update" or "/api/v1/live-activity/end" => UpdateOrEnd,
        LargePrefix + "/api/v1/live-activity/register" => LargeRegister,
        _ => null,
    };

    private static byte[] BuildLargeRegister()
    {
        var builder = new StringBuilder(LargeDeniedCount * 48);
        builder.Append("{\"status\":\"success\",\"activity_id\":\"").Append(ActivityId)
            .Append("\",\"matched\":10,\"added\":10,\"refreshed\":0,\"removed\":0,")
            .Append("\"skipped\":{\"push_permission_disabled\":0,\"unsupported_platform\":0,\"unsupported_os_version\":0,\"push_to_start_token_missing\":0,\"user_not_found\":0},")
            .Append("\"gdpr_denied_details\":[");
        for (var i = 0; i < LargeDeniedCount; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("{\"insider_id\":\"denied-").Append(i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\",\"devices_count\":").Append(1 + (i % 3)).Append('}');
        }

        builder.Append("]}");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
