// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Insider.LiveActivity.Benchmarks.Raw;

namespace Insider.LiveActivity.Benchmarks.Contenders;

/// <summary>
/// Contender 2, the floor: one shared <see cref="HttpClient"/>, a source-generated serializer writing straight to the
/// request stream and the source-generated reader on the response. No validation, no retry, no logging.
/// </summary>
internal sealed class RawFloorContender : IDisposable
{
    private const string ApiKeyHeader = "X-Api-Key";

    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Uri _registerUri;
    private readonly Uri _startUri;
    private readonly Uri _updateUri;
    private readonly Uri _endUri;
    private readonly RawRegisterRequest _register;
    private readonly RawRegisterRequest _registerLarge;
    private readonly RawPushRequest _start;
    private readonly RawPushRequest _update;
    private readonly RawPushRequest _end;

    public RawFloorContender(Uri baseAddress)
    {
        _registerUri = new Uri(baseAddress, "api/v1/live-activity/register");
        _startUri = new Uri(baseAddress, "api/v1/live-activity/start");
        _updateUri = new Uri(baseAddress, "api/v1/live-activity/update");
        _endUri = new Uri(baseAddress, "api/v1/live-activity/end");

        var endsAt = BenchmarkPayloads.EndsAt();
        _register = new RawRegisterRequest(BenchmarkPayloads.ActivityType, BenchmarkPayloads.InsiderIds(BenchmarkPayloads.SmallIdCount), endsAt);
        _registerLarge = _register with { InsiderIds = BenchmarkPayloads.InsiderIds(BenchmarkPayloads.LargeIdCount) };
        var content = new RawContent(BenchmarkPayloads.Title, BenchmarkPayloads.Message, BenchmarkPayloads.ContentState());
        _start = new RawPushRequest(BenchmarkPayloads.ActivityId, BenchmarkPayloads.ActivityType, content);
        _update = new RawPushRequest(BenchmarkPayloads.ActivityId, BenchmarkPayloads.ActivityType, new RawContent(null, null, BenchmarkPayloads.ContentState()));
        _end = _start;
    }

    public Task<RawRegistration> RegisterAsync() => PostAsync(_registerUri, _register, RawJsonContext.Default.RawRegisterRequest, RawJsonContext.Default.RawRegistration);

    public Task<RawRegistration> RegisterLargeAsync() => PostAsync(_registerUri, _registerLarge, RawJsonContext.Default.RawRegisterRequest, RawJsonContext.Default.RawRegistration);

    public Task<RawPushSummary> StartAsync() => PostAsync(_startUri, _start, RawJsonContext.Default.RawPushRequest, RawJsonContext.Default.RawPushSummary);

    public Task<RawPushSummary> UpdateAsync() => PostAsync(_updateUri, _update, RawJsonContext.Default.RawPushRequest, RawJsonContext.Default.RawPushSummary);

    public Task<RawPushSummary> EndAsync() => PostAsync(_endUri, _end, RawJsonContext.Default.RawPushRequest, RawJsonContext.Default.RawPushSummary);

    public void Dispose() => _http.Dispose();

    private async Task<TResponse> PostAsync<TRequest, TResponse>(Uri uri, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new RawJsonContent<TRequest>(body, requestType) };
        message.Headers.TryAddWithoutValidation(ApiKeyHeader, BenchmarkPayloads.ApiKey);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(responseType))!;
    }
}
