// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's request body: the source-generated serializer writes straight to the request stream.</summary>
internal sealed class RawJsonContent<T> : HttpContent
{
    private readonly T _value;
    private readonly JsonTypeInfo<T> _typeInfo;

    public RawJsonContent(T value, JsonTypeInfo<T> typeInfo)
    {
        _value = value;
        _typeInfo = typeInfo;
        Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        JsonSerializer.SerializeAsync(stream, _value, _typeInfo);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, _value, _typeInfo, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
