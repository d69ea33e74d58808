using System.Buffers;

namespace PowerList.Export;

/// <summary>
/// Where a download is written before it becomes one array: chunks of 1 MB, so a file of hundreds of megabytes is never
/// copied to grow a buffer (a <see cref="MemoryStream"/> doubles, then copies once more for <c>ToArray</c>: up to four
/// times the file in memory). Written as a <see cref="Stream"/> (CSV) or an <see cref="IBufferWriter{T}"/>
/// (<see cref="System.Text.Json.Utf8JsonWriter"/>); <see cref="ToArray"/> gives the bytes, freeing each chunk as it
/// is copied, so the peak is the file once plus a chunk.
/// </summary>
public sealed class ChunkedBuffer : Stream, IBufferWriter<byte>
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]?> _chunks = [];
    private readonly List<int> _used = [];
    private byte[] _current = [];
    private int _position;
    private long _done;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _done + _position;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public void Advance(int count) => _position += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return _current.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return _current.AsSpan(at);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var span = GetSpan(1);
            var n = Math.Min(span.Length, buffer.Length);
            buffer[..n].CopyTo(span);
            Advance(n);
            buffer = buffer[n..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>The bytes written, in one array, freeing each chunk as it is copied; the buffer is empty afterwards.</summary>
    public byte[] ToArray()
    {
        Close(0);
        var result = GC.AllocateUninitializedArray<byte>(checked((int)_done));
        var to = 0;
        for (var k = 0; k < _chunks.Count; k++)
        {
            _chunks[k].AsSpan(0, _used[k]).CopyTo(result.AsSpan(to));
            to += _used[k];
            _chunks[k] = null; // freed as soon as copied
        }

        _chunks.Clear();
        _used.Clear();
        _done = 0;
        return result;
    }

    private int Reserve(int sizeHint)
    {
        if (_current.Length - _position < Math.Max(sizeHint, 1))
        {
            Close(Math.Max(sizeHint, ChunkSize));
        }

        return _position;
    }

    private void Close(int next)
    {
        if (_position > 0)
        {
            _chunks.Add(_current);
            _used.Add(_position);
            _done += _position;
        }

        _current = next > 0 ? new byte[next] : [];
        _position = 0;
    }
}
