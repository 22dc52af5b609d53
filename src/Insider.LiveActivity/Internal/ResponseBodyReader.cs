// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Buffers;

namespace Insider.LiveActivity;

/// <summary>Reads a response body into a pooled buffer, never past a size limit.</summary>
internal static class ResponseBodyReader
{
    private const int InitialBufferSize = 4096;

    /// <summary>Reads the body. The caller returns <see cref="PooledBody.Buffer"/> to <see cref="ArrayPool{T}.Shared"/>.</summary>
    /// <exception cref="ResponseTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
    public static async ValueTask<PooledBody> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new ResponseTooLargeException();
        }

        if (declared == 0)
        {
            return new PooledBody(null, 0);
        }

#if NET5_0_OR_GREATER
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 ? (int)declared.Value + 1 : InitialBufferSize);
        var total = 0;
        try
        {
            using (stream)
            {
                while (true)
                {
                    if (total == buffer.Length)
                    {
                        buffer = Grow(buffer, total, maxBytes);
                    }

#if NET5_0_OR_GREATER
                    var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
#else
                    var read = await stream.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false);
#endif
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                    if (total > maxBytes)
                    {
                        throw new ResponseTooLargeException();
                    }
                }
            }

            return new PooledBody(buffer, total);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int used, int maxBytes)
    {
        var size = (int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1);
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, buffer.Length + 1));
        Buffer.BlockCopy(buffer, 0, larger, 0, used);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
