// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Insider.LiveActivity.Benchmarks.Peer;
using RestSharp;

namespace Insider.LiveActivity.Benchmarks.Contenders;

/// <summary>
/// Contenders 3 and 4: the stack of OpenAPI-generated SDKs (RestSharp + Newtonsoft.Json, bodies serialized to strings).
/// TypicalPeer shares one <see cref="RestClient"/>; OneSignalStyle builds a new one (and so a new HttpClient and
/// connection) for every call, as OneSignal's generated <c>ApiClient.ExecAsync</c> does.
/// </summary>
internal sealed class RestSharpContender : IDisposable
{
    private const string ApiKeyHeader = "X-Api-Key";

    private readonly Uri _baseAddress;
    private readonly RestClient? _shared;
    private readonly PeerRegisterRequest _register;
    private readonly PeerRegisterRequest _registerLarge;
    private readonly PeerPushRequest _start;
    private readonly PeerPushRequest _update;

    public RestSharpContender(Uri baseAddress, bool newClientPerCall)
    {
        _baseAddress = baseAddress;
        _shared = newClientPerCall ? null : CreateClient();

        var endsAt = BenchmarkPayloads.EndsAt();
        _register = new PeerRegisterRequest { ActivityType = BenchmarkPayloads.ActivityType, InsiderIds = [.. BenchmarkPayloads.InsiderIds(BenchmarkPayloads.SmallIdCount)], EndsAt = endsAt };
        _registerLarge = new PeerRegisterRequest { ActivityType = BenchmarkPayloads.ActivityType, InsiderIds = [.. BenchmarkPayloads.InsiderIds(BenchmarkPayloads.LargeIdCount)], EndsAt = endsAt };
        _start = new PeerPushRequest
        {
            ActivityId = BenchmarkPayloads.ActivityId,
            ActivityType = BenchmarkPayloads.ActivityType,
            Content = new PeerContent { Title = BenchmarkPayloads.Title, Message = BenchmarkPayloads.Message, ContentState = BenchmarkPayloads.ContentStateDictionary() },
        };
        _update = new PeerPushRequest
        {
            ActivityId = BenchmarkPayloads.ActivityId,
            ActivityType = BenchmarkPayloads.ActivityType,
            Content = new PeerContent { ContentState = BenchmarkPayloads.ContentStateDictionary() },
        };
    }

    public Task<PeerRegistration> RegisterAsync() => PostAsync<PeerRegistration>("api/v1/live-activity/register", _register);

    public Task<PeerRegistration> RegisterLargeAsync() => PostAsync<PeerRegistration>("api/v1/live-activity/register", _registerLarge);

    public Task<PeerPushSummary> StartAsync() => PostAsync<PeerPushSummary>("api/v1/live-activity/start", _start);

    public Task<PeerPushSummary> UpdateAsync() => PostAsync<PeerPushSummary>("api/v1/live-activity/update", _update);

    public Task<PeerPushSummary> EndAsync() => PostAsync<PeerPushSummary>("api/v1/live-activity/end", _start);

    public void Dispose() => _shared?.Dispose();

    private RestClient CreateClient() =>
        new(
            new RestClientOptions(_baseAddress) { Timeout = TimeSpan.FromSeconds(100) },
            configureSerialization: static serialization => serialization.UseSerializer(static () => new NewtonsoftRestSerializer()));

    private async Task<T> PostAsync<T>(string resource, object body)
    {
        var request = new RestRequest(resource, Method.Post);
        request.AddHeader(ApiKeyHeader, BenchmarkPayloads.ApiKey);
        request.AddJsonBody(body);
        if (_shared is not null)
        {
            return Unwrap(await _shared.ExecuteAsync<T>(request));
        }

        // OneSignal's generated client never disposes the per-call RestClient; the benchmark does, so that thousands of
        // calls do not pile up open sockets (this favours OneSignalStyle slightly).
        using var client = CreateClient();
        return Unwrap(await client.ExecuteAsync<T>(request));
    }

    private static T Unwrap<T>(RestResponse<T> response) =>
        response.IsSuccessful && response.Data is { } data
            ? data
            : throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {response.ErrorMessage}", response.ErrorException);
}
