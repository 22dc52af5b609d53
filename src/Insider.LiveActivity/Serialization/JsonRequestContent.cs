// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>
/// A request body that the source-generated serializer writes straight to the request stream, so that even a
/// 10,000-id <c>/register</c> is never held as one string or byte array. A new instance serves each attempt.
/// </summary>
internal sealed class JsonRequestContent<T> : HttpContent
{
    private readonly T _value;
    private readonly JsonTypeInfo<T> _typeInfo;

    public JsonRequestContent(T value, JsonTypeInfo<T> typeInfo)
    {
        _value = value;
        _typeInfo = typeInfo;
        // Stored unparsed (parsed only if something reads Headers.ContentType): three header objects fewer per request.
        Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        JsonSerializer.SerializeAsync(stream, _value, _typeInfo);

#if NET5_0_OR_GREATER
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, _value, _typeInfo, cancellationToken);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        JsonSerializer.Serialize(stream, _value, _typeInfo);
#endif

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
