// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Insider.LiveActivity.Testing.Tests;

/// <summary>An in-memory emulator on a fake clock, with raw-HTTP helpers.</summary>
public abstract class EmulatorTestBase : IDisposable
{
    public const string ActivityType = "DeliveryActivityAttributes";

    public static readonly DateTimeOffset Start = new(2026, 5, 20, 10, 0, 0, TimeSpan.Zero);

    protected EmulatorTestBase(Action<LiveActivityEmulatorOptions>? configure = null)
    {
        Time = new FakeTimeProvider(Start);
        var options = new LiveActivityEmulatorOptions { TimeProvider = Time };
        configure?.Invoke(options);
        Emulator = LiveActivityEmulator.CreateInMemory(options);
        Client = Emulator.CreateHttpClient();
    }

    protected FakeTimeProvider Time { get; }

    protected LiveActivityEmulator Emulator { get; }

    protected HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        GC.SuppressFinalize(this);
    }

    public static string Path(string operation) => "/api/v1/live-activity/" + operation;

    public static string Json(object body) => JsonSerializer.Serialize(body);

    public static object Content(string? title = "Title", string? message = "Message", object? state = null, object? attributes = null)
    {
        var content = new Dictionary<string, object?> { ["content_state"] = state ?? new { status = "preparing", etaMinutes = 45 } };
        if (title is not null)
        {
            content["title"] = title;
        }

        if (message is not null)
        {
            content["message"] = message;
        }

        if (attributes is not null)
        {
            content["attributes"] = attributes;
        }

        return content;
    }

    public static object Target(string insiderId, string udid) => new { insider_id = insiderId, udid };

    public string EndsAt(TimeSpan fromNow) =>
        (Time.GetUtcNow() + fromNow).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public Task<ApiResult> PostAsync(string operation, object body) => PostRawAsync(operation, Json(body));

    public async Task<ApiResult> PostRawAsync(string operation, string? body, string? apiKey = "", string? contentType = "application/json", HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, Path(operation));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey.Length == 0 ? Emulator.ApiKey : apiKey);
        }

        using var response = await Client.SendAsync(request);
        return await ApiResult.ReadAsync(response);
    }

    public Task<ApiResult> RegisterAsync(params string[] insiderIds) =>
        PostAsync("register", new { activity_type = ActivityType, insider_ids = insiderIds, ends_at = EndsAt(TimeSpan.FromHours(1)) });

    public async Task<string> RegisterIdAsync(params string[] insiderIds)
    {
        var result = await RegisterAsync(insiderIds);
        result.Status.Should().Be(HttpStatusCode.OK, result.Body);
        return result.Json!["activity_id"]!.GetValue<string>();
    }

    public Task<ApiResult> SegmentAsync(string operation, string activityId, params string[] insiderIds) =>
        PostAsync(operation, new { activity_id = activityId, activity_type = ActivityType, insider_ids = insiderIds });

    public Task<ApiResult> StartActivityAsync(string activityId, object[]? targets = null) =>
        PostAsync("start", new { activity_id = activityId, activity_type = ActivityType, content = Content(), target_devices = targets });

    public Task<ApiResult> PushAsync(string operation, string activityId, object[]? targets = null, object? content = null) =>
        PostAsync(operation, new { activity_id = activityId, activity_type = ActivityType, content = content ?? Content(null, null, new { status = "in_transit" }), target_devices = targets });

    public async Task<string> StartedActivityAsync(params string[] insiderIds)
    {
        var id = await RegisterIdAsync(insiderIds);
        var started = await StartActivityAsync(id);
        started.Status.Should().Be(HttpStatusCode.OK, started.Body);
        return id;
    }
}
