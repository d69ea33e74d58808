using System.Buffers;

namespace PowerList.Loading;

/// <summary>
/// The bytes of one file, in a buffer rented from <see cref="ArrayPool{T}.Shared"/> (dispose once to return it) or lent
/// by the caller's <see cref="ReadBuffers"/> (nothing to return).
/// </summary>
internal sealed class FileBytes(byte[] buffer, int length, bool rented) : IDisposable
{
    private byte[]? _buffer = buffer;

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(FileBytes))).AsSpan(0, length);

    public int Length => length;

    public void Dispose()
    {
        if (_buffer is { } b)
        {
            _buffer = null;
            if (rented)
            {
                ArrayPool<byte>.Shared.Return(b);
            }
        }
    }
}
