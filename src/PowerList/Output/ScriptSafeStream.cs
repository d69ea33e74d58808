namespace PowerList.Output;

/// <summary>
/// Writes JSON through to another stream escaped as <see cref="ScriptSafeJson.Escape"/> does (<c>&lt;</c> →
/// <c>\u003C</c>, U+2028/U+2029 → <c>\u2028</c>/<c>\u2029</c>), for JSON written by
/// <see cref="System.Text.Json.Utf8JsonWriter"/> straight into a file: the same bytes as escaping the whole file at
/// once, however the writes are cut. A separator's first byte or two at the end of a write are held back until the
/// next write (or <see cref="Stream.Dispose()"/>) shows whether it is one.
/// </summary>
public sealed class ScriptSafeStream(Stream inner, bool leaveOpen = false) : Stream
{
    private readonly byte[] _held = new byte[2];
    private int _heldCount;
    private long _length;
    private bool _disposed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    /// <summary>Bytes taken in (before escaping).</summary>
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _length += buffer.Length;
        if (_heldCount > 0)
        {
            // The held bytes are E2 or E2 80: see whether the new bytes complete a separator.
            var need = 3 - _heldCount;
            var k = 0;
            var prefix = true;
            while (k < need && k < buffer.Length)
            {
                var b = buffer[k];
                if (_heldCount + k == 1 ? b != 0x80 : b is not (0xA8 or 0xA9))
                {
                    prefix = false;
                    break;
                }

                k++;
            }

            if (prefix && k == need)
            {
                inner.Write(buffer[k - 1] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8);
                _heldCount = 0;
                buffer = buffer[k..];
            }
            else if (prefix)
            {
                buffer[..k].CopyTo(_held.AsSpan(_heldCount));
                _heldCount += k;
                return;
            }
            else
            {
                // Not a separator: E2 (80) as they are; the new bytes are looked at from their start.
                inner.Write(_held.AsSpan(0, _heldCount));
                _heldCount = 0;
            }
        }

        var from = 0;
        for (var i = Next(buffer, 0); i >= 0; i = Next(buffer, i + 1))
        {
            if (buffer[i] == (byte)'<')
            {
                inner.Write(buffer[from..i]);
                inner.Write("\\u003C"u8);
                from = i + 1;
                continue;
            }

            if (i + 2 < buffer.Length)
            {
                if (buffer[i + 1] == 0x80 && buffer[i + 2] is 0xA8 or 0xA9)
                {
                    inner.Write(buffer[from..i]);
                    inner.Write(buffer[i + 2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8);
                    from = i + 3;
                    i += 2;
                }
            }
            else if (i + 1 == buffer.Length || buffer[i + 1] == 0x80)
            {
                // A separator may go on in the next write: hold its start back.
                inner.Write(buffer[from..i]);
                buffer[i..].CopyTo(_held);
                _heldCount = buffer.Length - i;
                return;
            }
        }

        inner.Write(buffer[from..]);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            // What is still held ends the file, so it is no separator.
            inner.Write(_held.AsSpan(0, _heldCount));
            _heldCount = 0;
            if (leaveOpen)
            {
                inner.Flush();
            }
            else
            {
                inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private static int Next(ReadOnlySpan<byte> buffer, int start)
    {
        var j = start >= buffer.Length ? -1 : buffer[start..].IndexOfAny((byte)'<', (byte)0xE2);
        return j < 0 ? -1 : start + j;
    }
}
