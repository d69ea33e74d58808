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

    /// <summary>The bytes written, in one array; the buffer is empty afterwards.</summary>
    public byte[] ToArray() => Drain(escape: false);

    /// <summary>
    /// The bytes written, with what would end a script element or a JavaScript string escaped as
    /// <see cref="Output.ScriptSafeJson.Escape"/> does (<c>&lt;</c> → <c>\u003C</c>, U+2028/U+2029 → <c>\u2028</c>/<c>\u2029</c>),
    /// for JSON written by <see cref="System.Text.Json.Utf8JsonWriter"/>. The buffer is empty afterwards.
    /// </summary>
    public byte[] ToScriptSafeArray() => Drain(escape: true);

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

    private byte[] Drain(bool escape)
    {
        Close(0);
        long extra = 0;
        if (escape)
        {
            for (var k = 0; k < _chunks.Count; k++)
            {
                var chunk = _chunks[k]!.AsSpan(0, _used[k]);
                for (var j = chunk.IndexOfAny((byte)'<', (byte)0xE2); j >= 0; j = Next(chunk, j + 1))
                {
                    extra += chunk[j] == (byte)'<' ? 5 : Separator(k, j) != 0 ? 3 : 0;
                }
            }
        }

        var result = GC.AllocateUninitializedArray<byte>(checked((int)(_done + extra)));
        var to = 0;
        var skip = 0; // bytes of an escaped separator that began in the previous chunk
        for (var k = 0; k < _chunks.Count; k++)
        {
            var chunk = _chunks[k]!.AsSpan(0, _used[k]);
            var from = Math.Min(skip, chunk.Length);
            skip -= from;
            for (var j = extra == 0 ? -1 : Next(chunk, from); j >= 0; j = Next(chunk, j + 1))
            {
                var separator = chunk[j] == (byte)'<' ? (byte)0 : Separator(k, j);
                if (chunk[j] == 0xE2 && separator == 0)
                {
                    continue;
                }

                chunk[from..j].CopyTo(result.AsSpan(to));
                to += j - from;
                var text = separator == 0 ? "\\u003C"u8 : separator == 0xA8 ? "\\u2028"u8 : "\\u2029"u8;
                text.CopyTo(result.AsSpan(to));
                to += text.Length;
                var length = separator == 0 ? 1 : 3;
                from = Math.Min(j + length, chunk.Length);
                skip = j + length - from;
                j = from - 1;
            }

            chunk[from..].CopyTo(result.AsSpan(to));
            to += chunk.Length - from;
            _chunks[k] = null; // freed as soon as copied
        }

        _chunks.Clear();
        _used.Clear();
        _done = 0;
        return result;
    }

    private static int Next(ReadOnlySpan<byte> chunk, int start)
    {
        var j = start >= chunk.Length ? -1 : chunk[start..].IndexOfAny((byte)'<', (byte)0xE2);
        return j < 0 ? -1 : start + j;
    }

    /// <summary>The third byte (A8 or A9) when U+2028 or U+2029 (E2 80 A8/A9 in UTF-8) starts at byte <paramref name="j"/> of chunk <paramref name="k"/>, else 0.</summary>
    private byte Separator(int k, int j)
    {
        if (_chunks[k]![j] != 0xE2 || ByteAt(k, j + 1) != 0x80)
        {
            return 0;
        }

        var third = ByteAt(k, j + 2);
        return third is 0xA8 or 0xA9 ? (byte)third : (byte)0;
    }

    /// <summary>Byte <paramref name="j"/> counted from the start of chunk <paramref name="k"/>, possibly in a later chunk; -1 past the end.</summary>
    private int ByteAt(int k, int j)
    {
        while (k < _chunks.Count && j >= _used[k])
        {
            j -= _used[k];
            k++;
        }

        return k < _chunks.Count ? _chunks[k]![j] : -1;
    }
}
