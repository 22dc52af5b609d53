// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Buffers;

namespace Insider.LiveActivity;

/// <summary>
/// Reads a response body into pooled buffers of at most <see cref="MaxSegmentSize"/> bytes, never past a size limit.
/// Below the Large Object Heap threshold (85,000 bytes), no buffer ever lands on the LOH, even when the pool has been
/// trimmed and must allocate: a large body is a chain of buffers, never one array.
/// </summary>
internal static class ResponseBodyReader
{
    /// <summary>The largest buffer rented: 64 KB, below the LOH threshold.</summary>
    public const int MaxSegmentSize = 64 * 1024;

    private const int InitialBufferSize = 4096;

    /// <summary>Reads the body. The caller disposes the <see cref="PooledBody"/> to return its buffers.</summary>
    /// <exception cref="ResponseTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
#if NET6_0_OR_GREATER
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    public static async ValueTask<PooledBody> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new ResponseTooLargeException();
        }

        if (declared == 0)
        {
            return default;
        }

#if NET5_0_OR_GREATER
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        // One more byte than declared, so that the read that returns 0 needs no second buffer.
        var first = ArrayPool<byte>.Shared.Rent(declared is > 0 ? (int)Math.Min(declared.Value + 1, MaxSegmentSize) : InitialBufferSize);
        List<byte[]>? rest = null;
        var current = first;
        var used = 0;
        var total = 0;
        try
        {
            using (stream)
            {
                while (true)
                {
                    if (used == current.Length)
                    {
                        // Full: chain another buffer (doubling up to the segment size) instead of growing one array.
                        current = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)current.Length * 2, MaxSegmentSize));
                        (rest ??= new List<byte[]>(4)).Add(current);
                        used = 0;
                    }

#if NET5_0_OR_GREATER
                    var read = await stream.ReadAsync(current.AsMemory(used), cancellationToken).ConfigureAwait(false);
#else
                    var read = await stream.ReadAsync(current, used, current.Length - used, cancellationToken).ConfigureAwait(false);
#endif
                    if (read == 0)
                    {
                        break;
                    }

                    used += read;
                    total += read;
                    if (total > maxBytes)
                    {
                        throw new ResponseTooLargeException();
                    }
                }
            }

            if (rest is not null && used == 0)
            {
                // The last buffer was chained for the read that returned 0: give it back.
                rest.RemoveAt(rest.Count - 1);
                ArrayPool<byte>.Shared.Return(current);
            }

            return new PooledBody(first, rest, total);
        }
        catch
        {
            new PooledBody(first, rest, total).Dispose();
            throw;
        }
    }
}
