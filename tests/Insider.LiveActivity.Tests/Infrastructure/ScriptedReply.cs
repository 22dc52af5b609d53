// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>One scripted answer of the <see cref="ScriptedServer"/>.</summary>
public sealed record ScriptedReply
{
    public int Status { get; init; } = 200;

    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets a task the server awaits before answering (a gate the test releases, never wall time).</summary>
    public Task? Gate { get; init; }

    /// <summary>Gets a value indicating whether the server drops the connection instead of answering.</summary>
    public bool DropConnection { get; init; }

    public static ScriptedReply Json(int status, string body) => new() { Status = status, Body = body };

    public static ScriptedReply Ok(string body) => Json(200, body);

    public static ScriptedReply Empty(int status) => new() { Status = status };

    public static ScriptedReply Error(int status, string code, string error = "scripted error") =>
        Json(status, $$"""{"error":"{{error}}","code":"{{code}}"}""");

    public static ScriptedReply Text(int status, string body, string contentType) => new() { Status = status, Body = body, ContentType = contentType };

    public static ScriptedReply Drop() => new() { DropConnection = true };

    public static ScriptedReply Held(Task gate, ScriptedReply? then = null) => (then ?? Ok("{}")) with { Gate = gate };

    public ScriptedReply WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
