// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Insider.LiveActivity;

/// <summary>
/// A response body held in buffers rented from <see cref="ArrayPool{T}.Shared"/>: one buffer for a body up to
/// <see cref="ResponseBodyReader.MaxSegmentSize"/> bytes, else a chain of such buffers, so that no buffer is large enough
/// for the Large Object Heap. Every buffer but the last is full.
/// </summary>
internal readonly struct PooledBody(byte[]? first, List<byte[]>? rest, int length) : IDisposable
{
    public int Length { get; } = length;

    public bool IsEmpty => Length == 0;

    /// <summary>Deserializes the whole body (it must be exactly one JSON value, as with the span overload).</summary>
    /// <exception cref="JsonException">The body is not JSON of that type (or other System.Text.Json parse failures).</exception>
    public T? Deserialize<T>(JsonTypeInfo<T> typeInfo)
    {
        if (rest is null)
        {
            return JsonSerializer.Deserialize(new ReadOnlySpan<byte>(first, 0, Length), typeInfo);
        }

        var options = typeInfo.Options;
        var reader = new Utf8JsonReader(ToSequence(), new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
            MaxDepth = options.MaxDepth,
        });
        var value = JsonSerializer.Deserialize(ref reader, typeInfo);
        if (reader.Read())
        {
            // The span overload rejects anything after the value; so does this one.
            throw new JsonException("The body has content after its JSON value.");
        }

        return value;
    }

    public void Dispose()
    {
        if (first is not null)
        {
            ArrayPool<byte>.Shared.Return(first);
        }

        if (rest is not null)
        {
            foreach (var buffer in rest)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private ReadOnlySequence<byte> ToSequence()
    {
        var remaining = Length - first!.Length;
        var head = new Segment(new ReadOnlyMemory<byte>(first), 0);
        var tail = head;
        foreach (var buffer in rest!)
        {
            var used = Math.Min(buffer.Length, remaining);
            remaining -= used;
            tail = tail.Append(new ReadOnlyMemory<byte>(buffer, 0, used));
        }

        return new ReadOnlySequence<byte>(head, 0, tail, tail.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
