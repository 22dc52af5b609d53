using System.Net;
using System.Text;

namespace Insider.LiveActivity.IntegrationTests.Resilience;

/// <summary>Makes hostile response bodies from the documented ones: truncated, wrong types, huge numbers, deep nesting, invalid UTF-8, oversize.</summary>
public static class ResponseMutator
{
    public static readonly string[] Documented =
    [
        """{"status":"success","activity_id":"550e8400-e29b-41d4-a716-446655440000","matched":950,"added":800,"refreshed":150,"removed":5,"skipped":{"push_permission_disabled":30,"unsupported_platform":15,"unsupported_os_version":5,"push_to_start_token_missing":0,"user_not_found":0}}""",
        """{"status":"success","activity_id":"uuid","matched":945,"added":945,"refreshed":0,"removed":0,"skipped":{"push_permission_disabled":0,"unsupported_platform":0,"unsupported_os_version":0,"push_to_start_token_missing":0,"user_not_found":0},"gdpr_denied_details":[{"insider_id":"user-12","devices_count":2},{"insider_id":"user-77","devices_count":1}]}""",
        """{"status":"success","activity_id":"uuid","matched":850,"added":850,"refreshed":0,"removed":0,"skipped":{},"partial":true,"unprocessed_insider_id_count":50}""",
        """{"status":"success","sessions_triggered":850}""",
        """{"status":"success","sessions_triggered":845,"skipped_not_synced":5}""",
        """{"error":"no eligible device found for the given insider_ids","code":"NO_ELIGIBLE_DEVICE","skipped":{"push_permission_disabled":35,"unsupported_platform":10,"unsupported_os_version":5,"push_to_start_token_missing":0,"user_not_found":0},"gdpr_denied_details":[{"insider_id":"user-A","devices_count":1}]}""",
        """{"error":"activity already started","code":"ALREADY_STARTED"}""",
        """{"error":"activity not found","code":"NOT_FOUND"}""",
        """{"error":"push tokens are not synced yet","code":"PUSH_TOKEN_NOT_SYNCED"}""",
        """{"error":"upstream unavailable","code":"UPSTREAM_UNAVAILABLE"}""",
        """{"error":"ends_at must be in the future","code":"ENDS_AT_IN_PAST"}""",
        "",
    ];

    public static readonly HttpStatusCode[] Statuses =
    [
        HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden,
        HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed, HttpStatusCode.UnprocessableEntity,
        HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout, (HttpStatusCode)418, HttpStatusCode.NoContent, HttpStatusCode.Created,
    ];

    private static readonly string[] Values = ["null", "true", "-1", "0", "1e400", "99999999999999999999", "\"x\"", "[]", "{}", "[1,2]", "\"\\ud800\"", "1.5", "-2147483649"];

    private static readonly string[] Keys =
        ["activity_id", "matched", "added", "refreshed", "removed", "skipped", "gdpr_denied_details", "partial", "unprocessed_insider_id_count", "sessions_triggered", "skipped_not_synced", "error", "code", "status", "devices_count", "insider_id", "push_permission_disabled"];

    public static byte[] Mutate(Random random, int maxBytes)
    {
        var body = Documented[random.Next(Documented.Length)];
        return random.Next(12) switch
        {
            0 => Truncate(body, random),
            1 => Encoding.UTF8.GetBytes(ReplaceValue(body, random)),
            2 => Encoding.UTF8.GetBytes(ReplaceValue(ReplaceValue(body, random), random)),
            3 => Nest(random),
            4 => InvalidUtf8(body, random),
            5 => Oversize(body, maxBytes, random),
            6 => Encoding.UTF8.GetBytes("<html><body><h1>502 Bad Gateway</h1></body></html>"),
            7 => FlipBytes(body, random),
            8 => Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "[]" : random.Next(2) == 0 ? "null" : "\"success\""),
            9 => Encoding.UTF8.GetBytes(body.Replace("{", "{\"" + Keys[random.Next(Keys.Length)] + "\":" + Values[random.Next(Values.Length)] + ",", StringComparison.Ordinal)),
            10 => Encoding.UTF8.GetBytes("\uFEFF" + body + new string(' ', random.Next(3))),
            _ => Encoding.UTF8.GetBytes(body),
        };
    }

    private static byte[] Truncate(string body, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return bytes.AsSpan(0, bytes.Length == 0 ? 0 : random.Next(bytes.Length)).ToArray();
    }

    private static string ReplaceValue(string body, Random random)
    {
        var key = "\"" + Keys[random.Next(Keys.Length)] + "\":";
        var at = body.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return body;
        }

        var start = at + key.Length;
        var end = start;
        var depth = 0;
        var inString = false;
        for (; end < body.Length; end++)
        {
            var c = body[end];
            if (inString)
            {
                if (c == '\\')
                {
                    end++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                break;
            }
        }

        return body[..start] + Values[random.Next(Values.Length)] + body[end..];
    }

    private static byte[] Nest(Random random)
    {
        var depth = random.Next(50, 5_000);
        var open = random.Next(2) == 0 ? "[" : "{\"skipped\":";
        var close = open == "[" ? "]" : "}";
        var text = new StringBuilder("{\"status\":\"success\",\"skipped\":");
        for (var i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        text.Append('1');
        for (var i = 0; i < depth; i++)
        {
            text.Append(close);
        }

        return Encoding.UTF8.GetBytes(text.Append('}').ToString());
    }

    private static byte[] InvalidUtf8(string body, Random random)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(body));
        var quote = body.IndexOf("\"error\":\"", StringComparison.Ordinal);
        var at = quote >= 0 ? quote + 9 : random.Next(bytes.Count + 1);
        bytes.InsertRange(Math.Min(at, bytes.Count), [0xC3, 0x28, 0xFF, 0xFE]);
        return [.. bytes];
    }

    private static byte[] Oversize(string body, int maxBytes, Random random)
    {
        var padding = new string('a', maxBytes + random.Next(1, 4096));
        return Encoding.UTF8.GetBytes("{\"error\":\"" + padding + "\"," + (body.Length > 1 ? body[1..] : "}"));
    }

    private static byte[] FlipBytes(string body, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        for (var i = 0; i < 3 && bytes.Length > 0; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }
}
