// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using Newtonsoft.Json;
using RestSharp;
using RestSharp.Serializers;

namespace Insider.LiveActivity.Benchmarks.Peer;

/// <summary>
/// RestSharp's serializer slot filled the way OpenAPI-generated clients fill it (their <c>CustomJsonCodec</c>):
/// bodies become strings through Newtonsoft.Json, and responses are read back from <see cref="RestResponse.Content"/>.
/// </summary>
internal sealed class NewtonsoftRestSerializer : IRestSerializer, ISerializer, IDeserializer
{
    public ISerializer Serializer => this;

    public IDeserializer Deserializer => this;

    public string[] AcceptedContentTypes => ContentType.JsonAccept;

    public SupportsContentType SupportsContentType => static contentType => contentType.Value.EndsWith("json", StringComparison.OrdinalIgnoreCase);

    public DataFormat DataFormat => DataFormat.Json;

    public ContentType ContentType { get; set; } = ContentType.Json;

    public string? Serialize(Parameter parameter) => Serialize(parameter.Value);

    public string? Serialize(object? obj) => obj is null ? null : JsonConvert.SerializeObject(obj, PeerJsonSettings.Instance);

    public T? Deserialize<T>(RestResponse response) =>
        response.Content is null ? default : JsonConvert.DeserializeObject<T>(response.Content, PeerJsonSettings.Instance);
}
