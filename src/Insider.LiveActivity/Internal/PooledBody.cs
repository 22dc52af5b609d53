// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Buffers;

namespace Insider.LiveActivity;

/// <summary>A response body held in a buffer rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal readonly struct PooledBody(byte[]? buffer, int length) : IDisposable
{
    public byte[]? Buffer { get; } = buffer;

    public int Length { get; } = length;

    public ReadOnlySpan<byte> Span => Buffer is null ? default : new ReadOnlySpan<byte>(Buffer, 0, Length);

    public void Dispose()
    {
        if (Buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
        }
    }
}
